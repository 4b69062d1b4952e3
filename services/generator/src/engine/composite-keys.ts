import type { Dataset, Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { PlanError } from './plan-error.js';

// A key of several fields of one dataset: no two records repeat its tuple of values.
export interface CompositeKeySpec {
  // In the key's order, which is the order of its SQL constraint.
  readonly fields: readonly string[];
  readonly positions: readonly number[];
  readonly primaryKey: boolean;
}

// The dataset's primary key when it is one field: the only field marked primary_key, with no
// composite key marked primary. A field marked primary_key inside a composite primary key is
// unique only together with the others.
export function singlePrimaryKey(dataset: Dataset): Field | undefined {
  const marked = dataset.fields.filter((field) => field.primaryKey);
  return marked.length === 1 && !dataset.compositeKeys.some((key) => key.primaryKey) ? marked[0] : undefined;
}

// The dataset's keys of several fields: its composite_keys, and, when none of them is primary,
// the fields marked primary_key if there are several (in column order, as SQL has always
// declared them). Every problem of them is reported at once.
export function compositeKeysOf(dataset: Dataset): CompositeKeySpec[] {
  const where = `Dataset "${dataset.name}"`;
  const problems: string[] = [];
  const positions = new Map(dataset.fields.map((field, index) => [field.name, index]));
  const keys: CompositeKeySpec[] = [];
  for (const key of dataset.compositeKeys) {
    const label = `(${key.fields.join(', ')})`;
    const known = key.fields.filter((name) => positions.has(name));
    for (const name of key.fields) if (!positions.has(name)) problems.push(`${where}: the composite key ${label} names "${name}", which is not a field of it.`);
    const repeated = key.fields.find((name, index) => key.fields.indexOf(name) !== index);
    if (repeated !== undefined) problems.push(`${where}: the composite key ${label} names "${repeated}" twice.`);
    if (key.fields.length < 2) problems.push(`${where}: the composite key ${label} needs at least two fields; mark a single field unique or primary_key instead.`);
    keys.push({ fields: key.fields, positions: known.map((name) => positions.get(name)!), primaryKey: key.primaryKey });
  }
  const primaries = keys.filter((key) => key.primaryKey);
  const marked = dataset.fields.filter((field) => field.primaryKey);
  if (primaries.length > 1) problems.push(`${where} has ${primaries.length} composite keys marked primary_key; a table has one primary key, the others can be unique keys.`);
  const primary = primaries[0];
  if (primary !== undefined) {
    for (const field of marked) {
      if (!primary.fields.includes(field.name)) {
        problems.push(`${where}: "${field.name}" is marked primary_key but is not a field of its primary key (${primary.fields.join(', ')}).`);
      }
    }
  } else if (marked.length > 1) {
    keys.unshift({ fields: marked.map((field) => field.name), positions: marked.map((field) => positions.get(field.name)!), primaryKey: true });
  }
  if (problems.length > 0) throw new PlanError(problems);
  return keys;
}
