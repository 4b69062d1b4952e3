import { findGenerator } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { LogicalType, type Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { DatasetOutline } from './dataset-outline.js';
import { LOGICAL_TYPE_BY_KIND, newField } from '../../../../libs/plan/src/field-defaults.js';
import { IdentifierSet } from '../naming/identifiers.js';

// Generators that are bijections of the record index: the only ones that make keys, and the
// only ones a reference can recompute from an index without storing the referenced dataset.
const KEY_GENERATORS: ReadonlySet<string> = new Set(['id.sequence', 'id.uuid', 'id.code', 'commerce.sku', 'finance.account_number']);

// Every dataset gets exactly one primary key, first among its fields: the model's first
// usable one (or its unmarked `id`), otherwise `id` as a sequence. Other fields the model
// marked lose the mark.
export function settlePrimaryKey(dataset: DatasetOutline, warnings: string[]): void {
  const marked = dataset.fields.filter((field) => field.primaryKey);
  const unmarkedId = marked.length === 0 ? dataset.fields.find((field) => field.name === 'id') : undefined;
  const chosen = [...marked, ...(unmarkedId ? [unmarkedId] : [])].find((field) => KEY_GENERATORS.has(field.generator));
  const others = dataset.fields.filter((field) => field !== chosen).map((field) => (field.primaryKey ? { ...field, primaryKey: false } : field));
  if (chosen) {
    if (marked.length > 1) warnings.push(`Dataset ${dataset.name}: kept ${chosen.name} as the one primary key of ${names(marked)}`);
    dataset.fields = [asKey(chosen), ...others];
    return;
  }
  // A plain `id` column the model made becomes the sequence rather than sitting beside it.
  const plainId = others.find((field) => field.name === 'id' && !dataset.references.has(field));
  const remaining = others.filter((field) => field !== plainId);
  const key = sequenceKey(new IdentifierSet(remaining.map((field) => field.name)).claim('id'));
  if (marked.length > 0) {
    warnings.push(`Dataset ${dataset.name}: ${names(marked)} cannot be a primary key (no id generator makes it), so ${key.name} numbers the records`);
  }
  dataset.fields = [key, ...remaining];
}

function names(fields: readonly Field[]): string {
  return fields.map((field) => field.name).join(', ');
}

function asKey(field: Field): Field {
  const kind = findGenerator(field.generator)?.kind ?? 'integer';
  return {
    ...field,
    type: LOGICAL_TYPE_BY_KIND[kind],
    primaryKey: true,
    unique: true,
    nullable: false,
    nullRate: 0,
    foreignKey: undefined,
    enumValues: [],
    numericRange: undefined,
    dateRange: undefined,
    formula: undefined,
  };
}

function sequenceKey(name: string): Field {
  return newField(name, 'id.sequence', {
    type: LogicalType.LOGICAL_TYPE_INTEGER,
    unique: true,
    primaryKey: true,
    description: 'Record number',
  });
}
