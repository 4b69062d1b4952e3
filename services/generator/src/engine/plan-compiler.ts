import { AggregateOperator, LogicalType, type Aggregate, type ForeignKey } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { ChildRecords } from '../fields/aggregate-field.js';
import type { DefectRateOverrides } from '../../../../libs/reality/src/defect-rate-overrides.js';
import { RealityRates } from '../reality/reality-rates.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';
import type { FieldContext, OwnKey, ReferencedValue, ReferenceTarget } from '../fields/field-context.js';
import { localeVocabulary, type LocaleVocabulary } from '../fields/locale-vocabulary.js';
import { compositeKeysOf, singlePrimaryKey } from './composite-keys.js';
import { CompiledDataset, type ReferenceResolver } from './compiled-dataset.js';
import { PlanError } from './plan-error.js';
import type { PlanSpec } from './plan-reader.js';

// Compiles the datasets of one plan for one output syntax, each once, and resolves foreign
// keys to the compiled dataset they reference.
export class PlanCompiler implements ReferenceResolver {
  private readonly compiled = new Map<string, CompiledDataset>();
  private readonly referenced: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly rates: RealityRates;
  // Aggregates read datasets compiled after their own: linked once everything is compiled.
  private readonly links: (() => void)[] = [];
  private readonly locale: LocaleVocabulary;

  constructor(
    private readonly plan: PlanSpec,
    private readonly syntax: ValueSyntax,
    private readonly manifest: boolean,
    defectRates: DefectRateOverrides,
  ) {
    this.referenced = referencedFields(plan);
    this.rates = new RealityRates(plan.realityLevel, defectRates);
    this.locale = localeVocabulary(plan.locale);
  }

  dataset(name: string): CompiledDataset {
    let compiled = this.compiled.get(name);
    if (compiled === undefined) {
      const dataset = this.plan.datasets.find((candidate) => candidate.name === name);
      if (dataset === undefined) {
        const known = this.plan.datasets.map((candidate) => `"${candidate.name}"`).join(', ') || 'none';
        throw new PlanError(`The plan has no dataset "${name}" (datasets: ${known}).`);
      }
      compiled = new CompiledDataset(dataset, this.plan.seed, this.syntax, this, {
        rates: this.rates,
        referencedFields: this.referenced.get(name) ?? new Set(),
        manifest: this.manifest,
      }, this.locale);
      this.compiled.set(name, compiled);
    }
    return compiled;
  }

  sizeOf(dataset: string): number | undefined {
    return this.plan.datasets.find((candidate) => candidate.name === dataset)?.size;
  }

  reference(from: FieldContext, foreignKey: ForeignKey): ReferenceTarget {
    const datasets = this.plan.datasets;
    const position = datasets.findIndex((dataset) => dataset.name === from.dataset.name);
    const targetPosition = datasets.findIndex((dataset) => dataset.name === foreignKey.dataset);
    if (targetPosition < 0) from.fail(`foreign_key.dataset "${foreignKey.dataset}" is not a dataset of the plan.`);
    if (targetPosition > position) {
      from.fail(`foreign_key.dataset "${foreignKey.dataset}" must come before "${from.dataset.name}" in the plan (or be "${from.dataset.name}" itself, for a self-reference).`);
    }
    // The key is checked against the plan before the target is compiled, so a reference that
    // is wrong in itself is reported even when the target dataset has problems of its own.
    const targetSpec = datasets[targetPosition]!;
    const fields = targetSpec.fields;
    const name = referencedName(foreignKey, targetSpec);
    if (name === '') from.fail(`foreign_key.field is empty and "${foreignKey.dataset}" has no single primary key to reference.`);
    const index = fields.findIndex((field) => field.name === name);
    if (index < 0) from.fail(`"${foreignKey.dataset}" has no field "${name}" to reference.`);
    const field = fields[index]!;
    const groupKey = foreignKey.group === '' ? undefined : referencedGroupKey(from, foreignKey, targetSpec);
    if (groupKey === undefined && !field.unique && singlePrimaryKey(targetSpec) !== field) {
      from.fail(`"${foreignKey.dataset}.${name}" is neither a primary key nor unique, so it cannot be referenced.`);
    }
    if (field.nullable && field.nullRate > 0) from.fail(`"${foreignKey.dataset}.${name}" may be null, so it cannot be referenced.`);
    if (targetSpec.size === 0 && from.dataset.size > 0) from.fail(`the referenced dataset "${foreignKey.dataset}" is empty.`);
    const self = targetPosition === position;
    // A self-reference writes a key of its own dataset, which is still being compiled.
    const key = self ? from.dataset.ownKey(index) : this.referencedKey(foreignKey.dataset, index);
    if (key === undefined) from.fail(`"${foreignKey.dataset}.${name}" cannot be referenced until its own problems are fixed.`);
    const value = key.value;
    return {
      dataset: targetSpec.name,
      field: name,
      size: targetSpec.size,
      kind: value.kind,
      scale: value.scale,
      maxLength: value.column?.maxLength ?? field.maxLength,
      keySpace: value.keySpace ?? 0,
      self,
      groupKey,
      writeKey: key.writeKey,
    };
  }

  referencedValue(dataset: string, fieldName: string, from: FieldContext, asking: string): Omit<ReferencedValue, 'reference'> {
    const target = this.dataset(dataset);
    const index = target.dataset.fields.findIndex((field) => field.name === fieldName);
    if (index < 0) return from.fail(`${asking}: "${dataset}" has no field "${fieldName}".`);
    const value = target.value(index);
    return { kind: value.kind, scale: value.scale, read: target.valueReader(index) };
  }

  // Checks an aggregate against the plan now, and links it to its children's compiled dataset
  // when link() runs: the children reference this dataset, so they are compiled after it.
  children(aggregate: Aggregate, from: FieldContext): () => ChildRecords {
    const datasets = this.plan.datasets;
    const own = from.dataset.name;
    const position = datasets.findIndex((dataset) => dataset.name === own);
    const childPosition = datasets.findIndex((dataset) => dataset.name === aggregate.dataset);
    if (childPosition <= position) from.fail(`aggregate.dataset "${aggregate.dataset}" must be a dataset after "${own}" in the plan, whose records reference it.`);
    const childSpec = datasets[childPosition]!;
    const references = childSpec.fields.filter((field) => field.foreignKey?.dataset === own && (aggregate.foreignKeyField === '' || field.name === aggregate.foreignKeyField));
    if (references.length !== 1) {
      from.fail(
        aggregate.foreignKeyField === ''
          ? `"${aggregate.dataset}" has ${references.length === 0 ? 'no reference' : 'several references'} to "${own}": name the one to follow in aggregate.foreign_key_field.`
          : `"${aggregate.dataset}.${aggregate.foreignKeyField}" is not a reference to "${own}".`,
      );
    }
    const reference = references[0]!;
    if (reference.foreignKey!.children === undefined) {
      from.fail(`"${aggregate.dataset}.${reference.name}" needs foreign_key.children (how many children each record of "${own}" has) to be aggregated.`);
    }
    const summed = aggregate.field === '' ? undefined : childSpec.fields.findIndex((field) => field.name === aggregate.field);
    const sum = aggregate.operator === AggregateOperator.AGGREGATE_OPERATOR_SUM;
    if (sum) {
      if (summed === undefined || summed < 0) from.fail(`aggregate.field "${aggregate.field}" is not a field of "${aggregate.dataset}" to sum.`);
      const type = childSpec.fields[summed]!.type;
      if (type !== LogicalType.LOGICAL_TYPE_INTEGER && type !== LogicalType.LOGICAL_TYPE_DECIMAL && type !== LogicalType.LOGICAL_TYPE_FLOAT) {
        from.fail(`aggregate.field "${aggregate.dataset}.${aggregate.field}" is not a number to sum.`);
      }
    }
    let linked: ChildRecords | undefined;
    const link = (): ChildRecords => {
      if (linked !== undefined) return linked;
      const children = this.dataset(aggregate.dataset);
      const referencePosition = childSpec.fields.indexOf(reference);
      const allocation = children.allocation(referencePosition);
      if (allocation === undefined) return from.fail(`"${aggregate.dataset}.${reference.name}" does not count its children.`);
      let value: (index: number) => number = () => NaN;
      let scale = 0;
      if (sum) {
        // Computing a child's value must not write a key of this dataset: that would move the
        // record this dataset is writing.
        const parentReferences = childSpec.fields.flatMap((field, index) => (field.foreignKey?.dataset === own ? [index] : []));
        if (parentReferences.some((index) => children.dependsOn(summed!, index))) {
          return from.fail(`"${aggregate.dataset}.${aggregate.field}" is computed from its reference to "${own}", so it cannot be summed back into it.`);
        }
        value = children.valueReader(summed!);
        scale = children.value(summed!).scale;
      }
      linked = { count: (parent) => allocation.countOf(parent), child: (parent, rank) => allocation.childOf(parent, rank), value, scale };
      return linked;
    };
    this.links.push(link);
    return () => linked ?? link();
  }

  // Links every aggregate, collecting the problems of all of them.
  link(): string[] {
    const problems: string[] = [];
    for (const link of this.links) {
      try {
        link();
      } catch (error) {
        problems.push(...PlanError.problemsOf(error));
      }
    }
    return problems;
  }

  private referencedKey(dataset: string, index: number): OwnKey {
    const target = this.dataset(dataset);
    return { value: target.value(index), writeKey: target.keyWriter(index) };
  }
}

// The fields of the record's foreign key group `foreignKey.group`, checked as one reference:
// one dataset, and together a key of it. Undefined for a group of one field, a plain
// reference; otherwise the referenced composite key's fields in its order.
function referencedGroupKey(from: FieldContext, foreignKey: ForeignKey, target: PlanSpec['datasets'][number]): readonly string[] | undefined {
  const members = from.dataset.fields.filter((field) => field.foreignKey?.group === foreignKey.group);
  if (members.length === 1) return undefined;
  const where = `Dataset "${from.dataset.name}": the fields of foreign key group "${foreignKey.group}" (${members.map((field) => field.name).join(', ')})`;
  if (members.some((field) => field.foreignKey!.dataset !== foreignKey.dataset)) {
    throw new PlanError(`${where} reference different datasets; a group takes its values from one record of one dataset.`);
  }
  const names = members.map((field) => referencedName(field.foreignKey!, target));
  if (names.some((name, index) => names.indexOf(name) !== index)) throw new PlanError(`${where} name a field of "${target.name}" twice.`);
  const key = compositeKeysOf(target).find((candidate) => candidate.fields.length === names.length && names.every((name) => candidate.fields.includes(name)));
  if (key === undefined) {
    throw new PlanError(
      `${where} reference (${names.join(', ')}), which is not a key of "${target.name}": declare it in "${target.name}".composite_keys, ` +
        'or reference the fields of one of its keys.',
    );
  }
  return key.fields;
}

// The field a foreign key names, or the referenced dataset's single primary key; '' if none.
function referencedName(foreignKey: ForeignKey, dataset: PlanSpec['datasets'][number]): string {
  return foreignKey.field || (singlePrimaryKey(dataset)?.name ?? '');
}

// By dataset, the fields some foreign key of the plan references: they are keys, so reality
// defects leave them alone as they leave primary keys.
function referencedFields(plan: PlanSpec): Map<string, Set<string>> {
  const referenced = new Map<string, Set<string>>();
  for (const dataset of plan.datasets) {
    for (const field of dataset.fields) {
      const foreignKey = field.foreignKey;
      const target = foreignKey && plan.datasets.find((candidate) => candidate.name === foreignKey.dataset);
      if (!foreignKey || !target) continue;
      const name = referencedName(foreignKey, target);
      if (!referenced.has(target.name)) referenced.set(target.name, new Set());
      referenced.get(target.name)!.add(name);
    }
  }
  return referenced;
}

// Compiles every dataset, collecting the problems of all of them. A dataset that references a
// broken one repeats that one's problems through its foreign key: each is listed once.
export function compileAll(plan: PlanSpec, syntax: ValueSyntax, manifest = false, defectRates: DefectRateOverrides = {}): PlanCompiler {
  const compiler = new PlanCompiler(plan, syntax, manifest, defectRates);
  const problems = new Set<string>();
  for (const dataset of plan.datasets) {
    try {
      compiler.dataset(dataset.name);
    } catch (error) {
      for (const problem of PlanError.problemsOf(error)) problems.add(problem);
    }
  }
  if (problems.size === 0) for (const problem of compiler.link()) problems.add(problem);
  if (problems.size > 0) throw new PlanError([...problems]);
  return compiler;
}
