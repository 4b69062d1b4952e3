import type { Aggregate, Dataset, Field, ForeignKey } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { jsonKeys } from '../encoders/json-encoder.js';
import type { ColumnShape, TableShape } from '../encoders/table-shape.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';
import type { ChildRecords } from '../fields/aggregate-field.js';
import { FieldContext, type DatasetScope, type FieldValue, type FieldWriter, type ReferenceTarget, type ReferencedValue, type RuleBreaker } from '../fields/field-context.js';
import { fieldFactory } from '../fields/generator-registry.js';
import { onlyWhen } from '../fields/record-condition.js';
import type { LocaleVocabulary } from '../fields/locale-vocabulary.js';
import { referenceField } from '../fields/reference-field.js';
import type { ChildAllocation } from './child-allocation.js';
import { DatasetRelations } from './dataset-relations.js';
import { dependenciesOf } from '../../../../libs/plan/src/field-dependencies.js';
import { compiledBefore, evaluationOrder } from './evaluation-order.js';
import { withNulls } from './nullable-writer.js';
import { BatchTally } from '../reality/batch-tally.js';
import { columnWriter } from '../reality/column-writer.js';
import { DefectManifest } from '../reality/defect-manifest.js';
import { messyTable } from '../reality/messy-table.js';
import type { RealityRates } from '../reality/reality-rates.js';
import { RowDefects } from '../reality/row-defects.js';
import { ByteSink, encode, type Token } from './byte-sink.js';
import { PlanError } from './plan-error.js';
import { datasetKeys, draw, type DatasetKeys } from './random.js';
import { RecordContext } from './record-context.js';

export interface ReferenceResolver {
  reference(from: FieldContext, foreignKey: ForeignKey): ReferenceTarget;
  // The size of a dataset of the plan; undefined for a name the plan lacks.
  sizeOf(dataset: string): number | undefined;
  // A number or date field of an earlier dataset, read for any of its records.
  // `asking` names what reads it, for the problems (`date_range.not_before "customer_id.signup_date"`).
  referencedValue(dataset: string, field: string, from: FieldContext, asking: string): Omit<ReferencedValue, 'reference'>;
  children(aggregate: Aggregate, from: FieldContext): () => ChildRecords;
}

// How messy the plan and the request want this dataset, and what must stay clean in it.
export interface DatasetReality {
  readonly rates: RealityRates;
  // Fields other datasets reference: keys, kept clean like primary keys.
  readonly referencedFields: ReadonlySet<string>;
  // Whether the range's defect manifest is written, rather than only counted.
  readonly manifest: boolean;
}

// A dataset compiled once per request into one writer per field; writing a record runs the
// writers over a reused record context, straight into the batch's bytes.
export class CompiledDataset {
  readonly record: RecordContext;
  readonly table: TableShape;
  readonly tally: BatchTally;
  private readonly order: readonly number[];
  // Each field's values as planned, and what its column writes: the same writer, or at a
  // messy level that writer wrapped with the level's defects.
  private readonly writers: FieldWriter[] = [];
  private readonly columns: FieldWriter[] = [];
  // For a column with defects, its defect stream and the draw from which its value stays
  // clean; -1 for a column without. Writing a record decides the clean case itself and calls
  // the column's defect writer only for the values it breaks, which it draws again: one call
  // less for each of the many values that stay clean.
  private readonly defectStreams: number[] = [];
  private readonly cleanFrom: number[] = [];
  private readonly values: FieldValue[] = [];
  private readonly prelude: readonly FieldWriter[];
  // Fields whose clean value may be null, counted after each record for the batch checks.
  private readonly nullable: readonly number[];
  private readonly rowDefects: RowDefects | undefined;
  // Receives the values computed only to be read by other fields.
  private readonly scratch = new ByteSink();
  private cleanKeys: readonly Token[] | undefined;
  private readonly relations: DatasetRelations;
  private readonly keys: DatasetKeys;

  constructor(
    readonly dataset: Dataset,
    seed: number,
    readonly syntax: ValueSyntax,
    resolver: ReferenceResolver,
    reality: DatasetReality,
    locale: LocaleVocabulary,
  ) {
    if (dataset.fields.length === 0) throw new PlanError(`Dataset "${dataset.name}" has no fields.`);
    const keys = datasetKeys(seed, dataset.name);
    this.keys = keys;
    this.record = new RecordContext(keys, dataset.fields.length);
    const entities = new Map<string, unknown>();
    const scope: DatasetScope = {
      name: dataset.name,
      size: dataset.size,
      keys,
      fields: dataset.fields,
      syntax,
      locale,
      entity: <T>(label: string, create: () => T): T => {
        if (!entities.has(label)) entities.set(label, create());
        return entities.get(label) as T;
      },
      compiled: (name) => {
        const index = dataset.fields.findIndex((field) => field.name === name);
        const value = this.values[index];
        return value === undefined ? undefined : { index, value };
      },
      reference: (foreignKey, from) => resolver.reference(from, foreignKey),
      sharedPick: (from, targetSize) => relations.sharedPick(from, targetSize),
      siblingRank: (fieldIndex) => relations.siblingRank(fieldIndex),
      ownKey: (fieldIndex) => {
        const value = this.values[fieldIndex];
        return value === undefined ? undefined : { value, writeKey: this.keyWriter(fieldIndex, new RecordContext(keys, dataset.fields.length), new ByteSink()) };
      },
      referencedValue: (referenceName, fieldName, from, asking) => {
        const position = dataset.fields.findIndex((field) => field.name === referenceName);
        const target = this.values[position]?.target;
        if (target === undefined) return from.fail(`${asking}: "${referenceName}" is not a reference of "${dataset.name}" to follow a field of the record it references.`);
        if (target.self) return from.fail(`${asking}: "${referenceName}" references "${dataset.name}" itself, whose records cannot wait for each other's dates.`);
        return { reference: position, ...resolver.referencedValue(target.dataset, fieldName, from, asking) };
      },
      children: (aggregate, from) => resolver.children(aggregate, from),
    };
    const relations = new DatasetRelations(dataset, keys, (name) => resolver.sizeOf(name));
    this.relations = relations;
    // The references naming the record an update is for stay clean too: a broken one updates nothing.
    const isKey = (field: Field, index: number) =>
      field.primaryKey || reality.referencedFields.has(field.name) || relations.isKey(index) || (dataset.updates !== '' && field.foreignKey?.dataset === dataset.updates);
    const manifest = reality.manifest ? new DefectManifest(dataset.fields.map((field) => field.name)) : undefined;
    this.tally = new BatchTally(
      dataset.fields.length,
      relations.referenceFields(),
      dataset.fields.map((field) => field.nullable),
      manifest,
    );
    this.order = evaluationOrder(dataset);
    // Every field is compiled even after one fails, so the error lists all of them; a field
    // reading a failed one is skipped rather than reported for a problem not its own.
    const problems: string[] = [...relations.problems];
    const failed = new Set<string>();
    const uniqueAlone: boolean[] = [];
    const read = new Set(dataset.fields.flatMap((field) => dependenciesOf(field)));
    for (const index of this.order) {
      const field = dataset.fields[index]!;
      // A field of a composite primary key is unique only as part of the tuple.
      const context = new FieldContext(field, index, scope, relations.inCompositePrimaryKey(index));
      if (compiledBefore(field, dataset).some((name) => failed.has(name))) {
        // Its generator is still its own to get right.
        if (!knownGenerator(field)) problems.push(context.problem(notInCatalogue(field)));
        failed.add(field.name);
        continue;
      }
      uniqueAlone[index] = context.unique;
      let value: FieldValue;
      try {
        value = compileField(context);
      } catch (error) {
        problems.push(...PlanError.problemsOf(error));
        failed.add(field.name);
        continue;
      }
      this.values[index] = value;
      // Per-field behaviour wraps the writer here, once, at compile time (nulls, conditions,
      // reality defects), so a field without it pays nothing: at levels 0-2 with no
      // defect_rates given, no column is wrapped.
      let write = withNulls(value.write, field, index, relations.nullStream(field, context.stream), encode(syntax.nullToken));
      let breakRule: RuleBreaker | undefined = value.breakRule;
      if (field.onlyWhen !== undefined) {
        try {
          ({ write, breakRule } = onlyWhen(context, value, write));
        } catch (error) {
          problems.push(...PlanError.problemsOf(error));
          failed.add(field.name);
          continue;
        }
      }
      this.writers[index] = write;
      const messy = reality.rates.messy && !isKey(field, index);
      const standalone = !reality.manifest && !read.has(field.name) && !this.canBeNull(field);
      const defective = messy ? columnWriter(write, context, value, breakRule, reality.rates, this.tally, standalone) : undefined;
      this.columns[index] = defective?.write ?? this.writers[index];
      this.defectStreams[index] = defective?.stream ?? 0;
      this.cleanFrom[index] = defective?.cleanFrom ?? -1;
    }
    if (dataset.updates !== '') problems.push(...updateProblems(dataset));
    if (problems.length === 0) {
      const unique = (position: number) => (uniqueAlone[position] === true || this.values[position]!.keySpace !== undefined) && !this.canBeNull(dataset.fields[position]!);
      problems.push(...relations.seal(unique, (position) => this.canBeNull(dataset.fields[position]!)));
    }
    if (problems.length > 0) throw new PlanError(problems);
    this.prelude = this.preludeWriters();
    this.nullable = dataset.fields.flatMap((field, index) => (this.canBeNull(field) ? [index] : []));
    const keyColumns = dataset.fields.flatMap((field, index) => (isKey(field, index) ? [index] : []));
    this.rowDefects = RowDefects.of(this, keys, reality.rates, keyColumns, reality.referencedFields.size > 0);
    const table: TableShape = {
      name: dataset.name,
      size: dataset.size,
      columns: dataset.fields.map((_, index) => this.column(index)),
      keys: relations.tableKeys(),
      foreignKeys: relations.tableReferences(this.values),
      ...(dataset.updates === '' ? {} : { updates: dataset.updates }),
    };
    this.table = messyTable(table, reality.rates, new Set(keyColumns), this.rowDefects?.repeatsKeys === true);
  }

  // Writes record `index`: each value after its column's separator, in column order.
  write(index: number, sink: ByteSink, separators: readonly Token[]): void {
    const failures = this.tally.failures;
    this.writeRow(index, sink, separators);
    this.tally.recordWritten(failures);
  }

  // Record `index` as written, a copy of another when it has a row defect.
  writeRow(index: number, sink: ByteSink, separators: readonly Token[]): void {
    if (this.rowDefects?.write(index, sink, separators) === true) return;
    this.writeColumns(index, sink, separators);
  }

  // Writes record `index` as its fields make it, whatever its row defect.
  private writeColumns(index: number, sink: ByteSink, separators: readonly Token[]): void {
    const record = this.record;
    const { columns, writers, defectStreams, cleanFrom } = this;
    this.compute(index);
    for (let position = 0; position < columns.length; position++) {
      sink.bytes(separators[position]!);
      const from = cleanFrom[position]!;
      if (from < 0 || draw(record.key, defectStreams[position]!, 0) >= from) writers[position]!(record, sink);
      else columns[position]!(record, sink);
    }
    this.countNulls();
  }

  // The literal each column writes for record `index`, for a row assembled from others.
  columnLiterals(index: number): string[] {
    const literals: string[] = [];
    this.compute(index);
    for (const write of this.columns) {
      write(this.record, this.scratch);
      literals.push(this.scratch.toText());
      this.scratch.length = 0;
    }
    this.countNulls();
    return literals;
  }

  // Record `index` as a clean JSON object, as level 0 writes it (the syntax is JSON's when a
  // manifest is asked for).
  writeClean(index: number, sink: ByteSink): void {
    const keys = (this.cleanKeys ??= jsonKeys(this.table));
    this.compute(index);
    sink.byte(0x7b);
    for (let position = 0; position < this.writers.length; position++) {
      sink.bytes(keys[position]!);
      this.writers[position]!(this.record, sink);
    }
    sink.byte(0x7d);
  }

  private compute(index: number): void {
    const record = this.record;
    record.moveTo(index);
    for (let position = 0; position < this.prelude.length; position++) this.prelude[position]!(record, this.scratch);
    this.scratch.length = 0;
  }

  private countNulls(): void {
    const nulls = this.record.nulls;
    for (const field of this.nullable) if (nulls[field] === 1) this.tally.blank(field);
  }

  value(fieldIndex: number): FieldValue {
    return this.values[fieldIndex]!;
  }

  // Reads one number, date or timestamp field of any record (NaN where it is null), clean, on a
  // record context of its own: a child reads its parent's date while the parent's dataset may
  // be writing a record of its own.
  valueReader(fieldIndex: number): (index: number) => number {
    const record = new RecordContext(this.keys, this.dataset.fields.length);
    const scratch = new ByteSink();
    const write = this.keyWriter(fieldIndex, record, scratch);
    return (index) => {
      write(index, scratch);
      scratch.length = 0;
      return record.nulls[fieldIndex] === 1 ? NaN : record.numbers[fieldIndex]!;
    };
  }

  // The children per parent of the reference at `position`, when it counts them.
  allocation(position: number): ChildAllocation | undefined {
    return this.relations.allocation(position);
  }


  // Writes one field of any record, computing before it only the fields it reads.
  // A self-reference passes a record context and scratch sink of its own, so that writing an
  // earlier record's key leaves the record being written as it is.
  keyWriter(fieldIndex: number, record = this.record, scratch = this.scratch): (index: number, sink: ByteSink) => void {
    const steps = this.order.filter((index) => index !== fieldIndex && this.dependsOn(fieldIndex, index)).map((index) => this.writers[index]!);
    const write = this.writers[fieldIndex]!;
    return (index, sink) => {
      record.moveTo(index);
      for (let position = 0; position < steps.length; position++) steps[position]!(record, scratch);
      scratch.length = 0;
      write(record, sink);
    };
  }

  // Whether the clean value may be null: a nullable field, a self-reference (the first record
  // has no parent), a field its condition empties, or a formula reading one.
  private canBeNull(field: Field): boolean {
    if (field.nullable && (field.nullRate > 0 || field.foreignKey?.dataset === this.dataset.name || field.onlyWhen !== undefined)) return true;
    const operands = field.formula?.operands ?? [];
    return operands.some((name) => {
      const operand = this.dataset.fields.find((candidate) => candidate.name === name);
      return operand !== undefined && operand !== field && this.canBeNull(operand);
    });
  }

  // Whether `field` reads `other`, directly or through other fields.
  dependsOn(field: number, other: number): boolean {
    const fields = this.dataset.fields;
    return dependenciesOf(fields[field]!).some((name) => {
      const index = fields.findIndex((candidate) => candidate.name === name);
      return index === other || (index >= 0 && this.dependsOn(index, other));
    });
  }

  // Fields read by a field that comes before them in column order are computed first, into a
  // scratch sink; writing them again in their column repeats the same pure draws.
  private preludeWriters(): FieldWriter[] {
    const early = new Set<number>();
    this.dataset.fields.forEach((_, field) => {
      this.order.forEach((other) => {
        if (other > field && this.dependsOn(field, other)) early.add(other);
      });
    });
    for (const index of [...early]) this.order.forEach((other) => this.dependsOn(index, other) && early.add(other));
    return this.order.filter((index) => early.has(index)).map((index) => this.writers[index]!);
  }

  private column(index: number): ColumnShape {
    const field = this.dataset.fields[index]!;
    const value = this.values[index]!;
    return {
      name: field.name,
      kind: value.kind,
      scale: value.scale,
      maxLength: value.column?.maxLength ?? field.maxLength,
      // A formula of a field that may be null is null with it, whatever the plan says of it.
      nullable: field.nullable || this.canBeNull(field),
      unique: field.unique,
      primaryKey: field.primaryKey || this.relations.inCompositePrimaryKey(index),
      references: value.column?.references,
      ...(this.relations.isKey(index) ? { keyPart: true } : {}),
      ...(field.identity ? { identity: true } : {}),
    };
  }
}

function compileField(context: FieldContext): FieldValue {
  const value = fieldValue(context);
  // The boolean generator applies its lifts; on any other value they would be silently lost.
  if (context.field.lifts.length > 0 && value.kind !== 'boolean') context.fail(`lifts change the probability of a boolean, and this field makes ${value.kind} values.`);
  return value;
}

function fieldValue(context: FieldContext): FieldValue {
  const field = context.field;
  if (field.primaryKey && field.nullable && field.nullRate > 0) context.fail('a primary key cannot be null.');
  if (field.foreignKey !== undefined) {
    if (!knownGenerator(field)) unknown(context);
    return referenceField(context);
  }
  if (field.generator === '') context.fail('the field names no generator.');
  const factory = fieldFactory(field.generator) ?? unknown(context);
  return factory(context);
}

// An empty generator is a problem of its own ("names no generator"), not an unknown one; a
// reference may name none.
function knownGenerator(field: Field): boolean {
  return field.generator === '' || (field.foreignKey !== undefined && field.generator === 'reference') || fieldFactory(field.generator) !== undefined;
}

function notInCatalogue(field: Field): string {
  return `"${field.generator}" is not a generator of the catalogue.`;
}

function unknown(context: FieldContext): never {
  return context.fail(notInCatalogue(context.field));
}

// A dataset updating another sets its first fields on the record named by its last ones:
// references to the updated dataset, unique, so each record there is updated at most once.
function updateProblems(dataset: Dataset): string[] {
  const naming = (field: Field) => field.foreignKey?.dataset === dataset.updates;
  const fields = dataset.fields;
  const firstKey = fields.findIndex(naming);
  const where = `Dataset "${dataset.name}" updates "${dataset.updates}"`;
  if (dataset.updates === dataset.name) return [`${where}: it cannot update itself.`];
  if (firstKey < 0) return [`${where}: it needs a field referencing the key of "${dataset.updates}" to name the record each of its records updates.`];
  if (firstKey === 0) return [`${where}: its first fields are the columns to set, before the references naming the record.`];
  if (!fields.slice(firstKey).every((field) => naming(field) && (field.unique || field.foreignKey!.group !== ''))) {
    return [`${where}: every field after "${fields[firstKey]!.name}" must be a unique reference to "${dataset.updates}", so that each of its records is updated once.`];
  }
  return [];
}
