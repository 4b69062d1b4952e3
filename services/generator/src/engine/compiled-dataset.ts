import type { Dataset, ForeignKey } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { ColumnShape, TableShape } from '../encoders/table-shape.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';
import { FieldContext, type DatasetScope, type FieldValue, type FieldWriter, type ReferenceTarget } from '../fields/field-context.js';
import { fieldFactory } from '../fields/generator-registry.js';
import { referenceField } from '../fields/reference-field.js';
import { dependenciesOf, evaluationOrder } from './evaluation-order.js';
import { withNulls } from './nullable-writer.js';
import { ByteSink, encode, type Token } from './byte-sink.js';
import { PlanError } from './plan-error.js';
import { datasetKeys } from './random.js';
import { RecordContext } from './record-context.js';

export interface ReferenceResolver {
  reference(from: FieldContext, foreignKey: ForeignKey): ReferenceTarget;
}

// A dataset compiled once per request into one writer per field; writing a record runs the
// writers over a reused record context, straight into the batch's bytes.
export class CompiledDataset {
  readonly record: RecordContext;
  readonly table: TableShape;
  private readonly order: readonly number[];
  private readonly writers: FieldWriter[] = [];
  private readonly values: FieldValue[] = [];
  private readonly prelude: readonly FieldWriter[];
  // Receives the values computed only to be read by other fields.
  private readonly scratch = new ByteSink();

  constructor(
    readonly dataset: Dataset,
    seed: number,
    syntax: ValueSyntax,
    resolver: ReferenceResolver,
  ) {
    if (dataset.fields.length === 0) throw new PlanError(`Dataset "${dataset.name}" has no fields.`);
    const keys = datasetKeys(seed, dataset.name);
    this.record = new RecordContext(keys, dataset.fields.length);
    const entities = new Map<string, unknown>();
    const scope: DatasetScope = {
      name: dataset.name,
      size: dataset.size,
      keys,
      fields: dataset.fields,
      syntax,
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
    };
    const primaryKeys = dataset.fields.filter((field) => field.primaryKey);
    this.order = evaluationOrder(dataset);
    for (const index of this.order) {
      const field = dataset.fields[index]!;
      // A composite key is unique as a tuple: only its first part is made unique on its own.
      const context = new FieldContext(field, index, scope, primaryKeys.length > 1 && field !== primaryKeys[0] && !field.unique);
      const value = compileField(context);
      this.values[index] = value;
      // Per-field behaviour wraps the writer here, once, at compile time (nulls now, reality
      // defects per record and field the same way), so a field without it pays nothing.
      this.writers[index] = withNulls(value.write, field, index, context.stream, encode(syntax.nullToken));
    }
    this.prelude = this.preludeWriters();
    this.table = { name: dataset.name, size: dataset.size, columns: dataset.fields.map((_, index) => this.column(index)) };
  }

  // Writes record `index`: each value after its column's separator, in column order.
  write(index: number, sink: ByteSink, separators: readonly Token[]): void {
    const record = this.record;
    const writers = this.writers;
    record.moveTo(index);
    for (let position = 0; position < this.prelude.length; position++) this.prelude[position]!(record, this.scratch);
    this.scratch.length = 0;
    for (let position = 0; position < writers.length; position++) {
      sink.bytes(separators[position]!);
      writers[position]!(record, sink);
    }
  }

  value(fieldIndex: number): FieldValue {
    return this.values[fieldIndex]!;
  }

  // Writes one field of any record, computing before it only the fields it reads.
  keyWriter(fieldIndex: number): (index: number, sink: ByteSink) => void {
    const steps = this.order.filter((index) => index !== fieldIndex && this.dependsOn(fieldIndex, index)).map((index) => this.writers[index]!);
    const write = this.writers[fieldIndex]!;
    const record = this.record;
    const scratch = this.scratch;
    return (index, sink) => {
      record.moveTo(index);
      for (let position = 0; position < steps.length; position++) steps[position]!(record, scratch);
      scratch.length = 0;
      write(record, sink);
    };
  }

  // Whether `field` reads `other`, directly or through other fields.
  private dependsOn(field: number, other: number): boolean {
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
      nullable: field.nullable,
      unique: field.unique,
      primaryKey: field.primaryKey,
      references: value.column?.references,
    };
  }
}

function compileField(context: FieldContext): FieldValue {
  const field = context.field;
  if (field.primaryKey && field.nullable && field.nullRate > 0) context.fail('a primary key cannot be null.');
  if (field.foreignKey !== undefined) {
    if (field.generator !== '' && field.generator !== 'reference' && fieldFactory(field.generator) === undefined) unknown(context);
    return referenceField(context);
  }
  if (field.generator === '') context.fail('the field names no generator.');
  const factory = fieldFactory(field.generator) ?? unknown(context);
  return factory(context);
}

function unknown(context: FieldContext): never {
  return context.fail(`"${context.field.generator}" is not a generator of the catalogue.`);
}
