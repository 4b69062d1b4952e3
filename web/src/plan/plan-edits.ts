import type { Catalogue } from '../../../libs/client/src/api-types';
import type { DatasetJson, EnumValueJson, FieldJson, ForeignKeyJson, NumericRangeJson, PlanJson } from '../../../libs/client/src/plan-types';
import { columnUses } from './column-uses';

// The edits the Plan step makes, as pure functions from plan to plan. Each keeps the plan in
// the shape POST /api/plan writes (unset options left out, never an empty string) and keeps
// it consistent: a renamed dataset or column is renamed wherever the plan refers to it.

export type PlanEdit = { ok: true; plan: PlanJson } | { ok: false; reason: string };

export interface FieldAddress {
  dataset: string;
  field: string;
}

export const NEW_FIELD_NAME = 'new_column';
export const NEW_FIELD_GENERATOR = 'text.word';
export const NEW_FIELD_TYPE = 'string';
// What a column switched to the enum generator starts with, so it is never an empty enum.
export const FIRST_ENUM_VALUE = 'value_1';

// Why `name` cannot name a dataset or column beside `others`, or undefined when it can.
export function nameProblem(name: string, others: readonly string[]): string | undefined {
  if (name.trim() === '') return 'A name cannot be empty.';
  if (name !== name.trim()) return 'A name cannot start or end with a space.';
  if (others.includes(name)) return `"${name}" is already taken here.`;
  return undefined;
}

export function setDatasetSize(plan: PlanJson, dataset: string, size: number): PlanJson {
  return mapDatasets(plan, (candidate) => (candidate.name === dataset ? { ...candidate, size } : candidate));
}

export function renameDataset(plan: PlanJson, from: string, to: string): PlanJson {
  if (from === to) return plan;
  return mapDatasets(plan, (dataset) => ({
    ...(dataset.name === from ? { ...dataset, name: to } : dataset),
    fields: dataset.fields.map((field) => {
      let renamed = field;
      if (field.foreign_key?.dataset === from) renamed = { ...renamed, foreign_key: { ...field.foreign_key, dataset: to } };
      if (field.aggregate?.dataset === from) renamed = { ...renamed, aggregate: { ...field.aggregate, dataset: to } };
      return renamed;
    }),
  }));
}

// The uses are read from the plan before the rename, whose names they match.
export function renameField(plan: PlanJson, dataset: string, from: string, to: string): PlanJson {
  if (from === to) return plan;
  return mapDatasets(plan, (candidate) => ({
    ...candidate,
    fields: candidate.fields.map((field) =>
      columnUses(plan, candidate, field)
        .filter((use) => use.dataset === dataset && use.field === from)
        .reduce((renamed, use) => use.rename(renamed, to), candidate.name === dataset && field.name === from ? { ...field, name: to } : field),
    ),
  }));
}

// What in the plan uses a column, in words ("orders.customer_id refers to it"): such a column
// is not removed, so the plan never points at something missing.
export function fieldDependents(plan: PlanJson, dataset: string, field: string): string[] {
  return plan.datasets.flatMap((candidate) =>
    candidate.fields
      .filter((other) => !(candidate.name === dataset && other.name === field))
      .flatMap((other) =>
        columnUses(plan, candidate, other)
          .filter((use) => use.dataset === dataset && use.field === field)
          .map((use) => `${candidate.name}.${other.name} ${use.words}`),
      ),
  );
}

export function removeField(plan: PlanJson, dataset: string, field: string): PlanEdit {
  const owner = plan.datasets.find((candidate) => candidate.name === dataset);
  if (!owner || !owner.fields.some((candidate) => candidate.name === field)) return { ok: false, reason: `${dataset} has no column ${field}.` };
  if (owner.fields.length === 1) return { ok: false, reason: `${field} is the only column of ${dataset}; a dataset needs at least one.` };
  const dependents = fieldDependents(plan, dataset, field);
  if (dependents.length > 0) {
    return { ok: false, reason: `${dataset}.${field} is still used: ${dependents.join('; ')}. Change or remove that column first.` };
  }
  return { ok: true, plan: mapFields(plan, dataset, (fields) => fields.filter((candidate) => candidate.name !== field)) };
}

// A plain text column with a name no column of the dataset has yet.
export function addField(plan: PlanJson, dataset: string): { plan: PlanJson; name: string } {
  const owner = plan.datasets.find((candidate) => candidate.name === dataset);
  const taken = new Set(owner?.fields.map((field) => field.name) ?? []);
  let name = NEW_FIELD_NAME;
  for (let number = 2; taken.has(name); number++) name = `${NEW_FIELD_NAME}_${number}`;
  const field: FieldJson = { name, type: NEW_FIELD_TYPE, generator: NEW_FIELD_GENERATOR };
  return { plan: mapFields(plan, dataset, (fields) => [...fields, field]), name };
}

// The columns a column of `dataset` may reference: a single primary key or a unique column,
// never null, of a dataset listed before it (the plan lists datasets in dependency order).
export function referenceTargets(plan: PlanJson, dataset: string): FieldAddress[] {
  const position = plan.datasets.findIndex((candidate) => candidate.name === dataset);
  return plan.datasets.slice(0, Math.max(position, 0)).flatMap((candidate) => {
    const singleKey = candidate.fields.filter((field) => field.primary_key).length === 1;
    return candidate.fields
      .filter((field) => (field.unique || (field.primary_key && singleKey)) && !(field.nullable && (field.null_rate ?? 0) > 0))
      .map((field) => ({ dataset: candidate.name, field: field.name }));
  });
}

// Switches a column's generator. Its type follows the generator's kind as the catalogue gives
// it; a reference takes the type of the key it references. The foreign key, formula and enum
// values, aggregate and a boolean's lifts belong to their generators: leaving one drops them,
// so the plan holds nothing that is not used (nor keeps other columns from being removed).
export function setGenerator(plan: PlanJson, dataset: string, field: string, generator: string, catalogue: Catalogue | null): PlanJson {
  return updateField(plan, dataset, field, (current) => {
    if (current.generator === generator) return current;
    const { foreign_key: foreignKey, formula, enum_values: enumValues, aggregate, lifts, ...rest } = current;
    let next: FieldJson = {
      ...rest,
      generator,
      ...(generator === 'formula' && formula ? { formula } : {}),
      ...(generator === 'aggregate' && aggregate ? { aggregate } : {}),
      ...(generator === 'boolean' && lifts ? { lifts } : {}),
    };
    const kind = catalogue?.generators.find((entry) => entry.name === generator)?.kind;
    if (kind !== undefined && catalogue?.field_types.includes(kind)) next = { ...next, type: kind };
    if (generator === 'reference') {
      const target = foreignKey ?? referenceTargets(plan, dataset)[0];
      if (target) next = withReference(plan, next, target);
    }
    if (generator === 'enum') next = { ...next, enum_values: enumValues?.length ? enumValues : [{ value: FIRST_ENUM_VALUE }] };
    return next;
  });
}

export function setReference(plan: PlanJson, dataset: string, field: string, target: FieldAddress): PlanJson {
  return updateField(plan, dataset, field, (current) => withReference(plan, { ...current, generator: 'reference' }, target));
}

// How references spread over the referenced records, and how many children each has, hold
// while the referenced dataset stays the same (an aggregate over the children needs that count).
function withReference(plan: PlanJson, field: FieldJson, target: ForeignKeyJson): FieldJson {
  const { distribution, children } = field.foreign_key?.dataset === target.dataset ? field.foreign_key : target;
  const targetField = plan.datasets.find((candidate) => candidate.name === target.dataset)?.fields.find((candidate) => candidate.name === target.field);
  return {
    ...field,
    ...(targetField ? { type: targetField.type } : {}),
    foreign_key: { dataset: target.dataset, field: target.field, ...(distribution ? { distribution } : {}), ...(children ? { children } : {}) },
  };
}

export function setEnumValues(plan: PlanJson, dataset: string, field: string, values: readonly EnumValueJson[]): PlanJson {
  const cleaned = values.map((entry) => (entry.weight ? { value: entry.value, weight: entry.weight } : { value: entry.value }));
  return updateField(plan, dataset, field, (current) => withOption(current, 'enum_values', cleaned.length > 0 ? cleaned : undefined));
}

// Sets or (with undefined) clears part of the numeric range; an empty range is left out.
export function setNumericRange(plan: PlanJson, dataset: string, field: string, change: Partial<NumericRangeJson>): PlanJson {
  return updateField(plan, dataset, field, (current) => {
    const range = withoutUnset({ ...current.numeric_range, ...change });
    return withOption(current, 'numeric_range', Object.keys(range).length > 0 ? range : undefined);
  });
}

export function setDateRange(plan: PlanJson, dataset: string, field: string, change: { start?: string; end?: string }): PlanJson {
  return updateField(plan, dataset, field, (current) => {
    const range = withoutUnset({ ...current.date_range, ...change });
    return withOption(current, 'date_range', Object.keys(range).length > 0 ? range : undefined);
  });
}

// A share of records (0-1) that is null. A column with nulls is nullable; one that is not
// nullable has none.
export function setNullRate(plan: PlanJson, dataset: string, field: string, rate: number | undefined): PlanJson {
  return updateField(plan, dataset, field, (current) => {
    const withRate = withOption(current, 'null_rate', rate || undefined);
    return rate ? { ...withRate, nullable: true } : withRate;
  });
}

export function setNullable(plan: PlanJson, dataset: string, field: string, nullable: boolean): PlanJson {
  return updateField(plan, dataset, field, (current) => {
    const changed = withOption(current, 'nullable', nullable || undefined);
    return nullable ? changed : withOption(changed, 'null_rate', undefined);
  });
}

export function setTrueProbability(plan: PlanJson, dataset: string, field: string, probability: number | undefined): PlanJson {
  return updateField(plan, dataset, field, (current) => withOption(current, 'true_probability', probability || undefined));
}

function updateField(plan: PlanJson, dataset: string, field: string, update: (field: FieldJson) => FieldJson): PlanJson {
  return mapFields(plan, dataset, (fields) => fields.map((candidate) => (candidate.name === field ? update(candidate) : candidate)));
}

function mapFields(plan: PlanJson, dataset: string, update: (fields: FieldJson[]) => FieldJson[]): PlanJson {
  return mapDatasets(plan, (candidate) => (candidate.name === dataset ? { ...candidate, fields: update(candidate.fields) } : candidate));
}

function mapDatasets(plan: PlanJson, update: (dataset: DatasetJson) => DatasetJson): PlanJson {
  return { ...plan, datasets: plan.datasets.map(update) };
}

// The field with `key` set to `value`, or without `key` when the value is unset.
function withOption<K extends keyof FieldJson>(field: FieldJson, key: K, value: FieldJson[K] | undefined): FieldJson {
  if (value !== undefined) return { ...field, [key]: value };
  const rest = { ...field };
  delete rest[key];
  return rest;
}

function withoutUnset<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== '')) as T;
}
