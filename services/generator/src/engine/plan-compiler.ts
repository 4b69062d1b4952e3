import type { ForeignKey } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';
import type { FieldContext, ReferenceTarget } from '../fields/field-context.js';
import { CompiledDataset, type ReferenceResolver } from './compiled-dataset.js';
import { PlanError } from './plan-error.js';
import type { PlanSpec } from './plan-reader.js';

// Compiles the datasets of one plan for one output syntax, each once, and resolves foreign
// keys to the compiled dataset they reference.
export class PlanCompiler implements ReferenceResolver {
  private readonly compiled = new Map<string, CompiledDataset>();

  constructor(
    private readonly plan: PlanSpec,
    private readonly syntax: ValueSyntax,
  ) {}

  dataset(name: string): CompiledDataset {
    let compiled = this.compiled.get(name);
    if (compiled === undefined) {
      const dataset = this.plan.datasets.find((candidate) => candidate.name === name);
      if (dataset === undefined) {
        const known = this.plan.datasets.map((candidate) => `"${candidate.name}"`).join(', ') || 'none';
        throw new PlanError(`The plan has no dataset "${name}" (datasets: ${known}).`);
      }
      compiled = new CompiledDataset(dataset, this.plan.seed, this.syntax, this);
      this.compiled.set(name, compiled);
    }
    return compiled;
  }

  reference(from: FieldContext, foreignKey: ForeignKey): ReferenceTarget {
    const datasets = this.plan.datasets;
    const position = datasets.findIndex((dataset) => dataset.name === from.dataset.name);
    const targetPosition = datasets.findIndex((dataset) => dataset.name === foreignKey.dataset);
    if (targetPosition < 0) from.fail(`foreign_key.dataset "${foreignKey.dataset}" is not a dataset of the plan.`);
    if (targetPosition >= position) from.fail(`foreign_key.dataset "${foreignKey.dataset}" must come before "${from.dataset.name}" in the plan.`);
    const target = this.dataset(foreignKey.dataset);
    const fields = target.dataset.fields;
    const primaryKeys = fields.filter((field) => field.primaryKey);
    const name = foreignKey.field || (primaryKeys.length === 1 ? primaryKeys[0]!.name : '');
    if (name === '') from.fail(`foreign_key.field is empty and "${foreignKey.dataset}" has no single primary key to reference.`);
    const index = fields.findIndex((field) => field.name === name);
    if (index < 0) from.fail(`"${foreignKey.dataset}" has no field "${name}" to reference.`);
    const field = fields[index]!;
    if (!field.unique && !(field.primaryKey && primaryKeys.length === 1)) {
      from.fail(`"${foreignKey.dataset}.${name}" is neither a primary key nor unique, so it cannot be referenced.`);
    }
    if (field.nullable && field.nullRate > 0) from.fail(`"${foreignKey.dataset}.${name}" may be null, so it cannot be referenced.`);
    if (target.dataset.size === 0 && from.dataset.size > 0) from.fail(`the referenced dataset "${foreignKey.dataset}" is empty.`);
    const value = target.value(index);
    return {
      dataset: target.dataset.name,
      field: name,
      size: target.dataset.size,
      kind: value.kind,
      scale: value.scale,
      maxLength: value.column?.maxLength ?? field.maxLength,
      writeKey: target.keyWriter(index),
    };
  }
}

export function compileAll(plan: PlanSpec, syntax: ValueSyntax): PlanCompiler {
  const compiler = new PlanCompiler(plan, syntax);
  for (const dataset of plan.datasets) compiler.dataset(dataset.name);
  return compiler;
}
