import type { AggregateJson, ConditionJson, DatasetJson, DateRangeJson, FieldJson, PlanJson } from '../../../libs/client/src/plan-types';
import { notBeforeParts } from './not-before';

// Every column a column's options name: the key its reference points to, the dates it follows
// or is never before, its formula's operands, the fields its condition and its lifts test, and
// the columns of the children its aggregate reads. Renaming a column and refusing to remove one
// still in use both read this one list, so no option naming a column is renamed by one and
// forgotten by the other.

export interface ColumnUse {
  // The column used.
  dataset: string;
  field: string;
  // How the using column uses it, said after the using column's name: "refers to it".
  words: string;
  // The using column, as it is now, naming `to` where this use names the used column.
  rename: (using: FieldJson, to: string) => FieldJson;
}

export function columnUses(plan: PlanJson, dataset: DatasetJson, field: FieldJson): ColumnUse[] {
  return [
    ...referenceUses(field),
    ...dateUses(dataset, field),
    ...formulaUses(dataset, field),
    ...conditionUses(dataset, field),
    ...liftUses(dataset, field),
    ...aggregateUses(plan, dataset, field),
  ];
}

function referenceUses(field: FieldJson): ColumnUse[] {
  const key = field.foreign_key;
  if (!key) return [];
  return [{ dataset: key.dataset, field: key.field, words: 'refers to it', rename: (using, to) => withChanged(using, 'foreign_key', (current) => ({ ...current, field: to })) }];
}

function dateUses(dataset: DatasetJson, field: FieldJson): ColumnUse[] {
  const uses: ColumnUse[] = [];
  const after = field.date_range?.after_field;
  if (after) uses.push({ dataset: dataset.name, field: after, words: 'is a date after it', rename: (using, to) => withDates(using, { after_field: to }) });
  const notBefore = field.date_range?.not_before;
  if (!notBefore) return uses;
  const { reference, date } = notBeforeParts(notBefore);
  if (reference === undefined) {
    uses.push({ dataset: dataset.name, field: date, words: 'is never before it', rename: (using, to) => withDates(using, { not_before: to }) });
    return uses;
  }
  uses.push({ dataset: dataset.name, field: reference, words: `is never before the ${date} it refers to`, rename: (using, to) => withDates(using, { not_before: `${to}.${date}` }) });
  // The date belongs to the dataset the reference points to, which may be this one.
  const referenced = dataset.fields.find((candidate) => candidate.name === reference)?.foreign_key?.dataset;
  if (referenced !== undefined) uses.push({ dataset: referenced, field: date, words: 'is never before it', rename: (using, to) => withDates(using, { not_before: `${reference}.${to}` }) });
  return uses;
}

function formulaUses(dataset: DatasetJson, field: FieldJson): ColumnUse[] {
  return [...new Set(field.formula?.operands)].map((operand) => ({
    dataset: dataset.name,
    field: operand,
    words: 'is computed from it',
    rename: (using, to) => withChanged(using, 'formula', (current) => ({ ...current, operands: current.operands.map((name) => (name === operand ? to : name)) })),
  }));
}

function conditionUses(dataset: DatasetJson, field: FieldJson): ColumnUse[] {
  const condition = field.only_when;
  const uses: ColumnUse[] = [];
  if (condition?.field) uses.push({ dataset: dataset.name, field: condition.field, words: 'depends on it', rename: (using, to) => withCondition(using, { field: to }) });
  if (condition?.other_field) uses.push({ dataset: dataset.name, field: condition.other_field, words: 'depends on it', rename: (using, to) => withCondition(using, { other_field: to }) });
  return uses;
}

// One use for each column the lifts test, however many of them test it.
function liftUses(dataset: DatasetJson, field: FieldJson): ColumnUse[] {
  const tested = new Set((field.lifts ?? []).flatMap((lift) => [lift.when.field, lift.when.other_field ?? ''].filter(Boolean)));
  return [...tested].map((name) => ({
    dataset: dataset.name,
    field: name,
    words: 'has a lift that tests it',
    rename: (using, to) =>
      withChanged(using, 'lifts', (lifts) =>
        lifts.map((lift) => ({ ...lift, when: { ...lift.when, ...(lift.when.field === name ? { field: to } : {}), ...(lift.when.other_field === name ? { other_field: to } : {}) } })),
      ),
  }));
}

// An aggregate names columns of its children's dataset: the reference it follows back to this
// dataset (named, or the children's only reference to it) and the column a sum adds up.
function aggregateUses(plan: PlanJson, dataset: DatasetJson, field: FieldJson): ColumnUse[] {
  const aggregate = field.aggregate;
  if (!aggregate) return [];
  const uses: ColumnUse[] = [];
  const verb = aggregate.operator === 'sum' ? 'sums' : 'counts';
  const children = plan.datasets.find((candidate) => candidate.name === aggregate.dataset);
  const references = children?.fields.filter((candidate) => candidate.foreign_key?.dataset === dataset.name) ?? [];
  const reference = aggregate.foreign_key_field || (references.length === 1 ? references[0]!.name : undefined);
  if (reference !== undefined) {
    uses.push({
      dataset: aggregate.dataset,
      field: reference,
      words: `${verb} ${aggregate.dataset} by it`,
      // An unnamed reference stays unnamed: it is still the children's only one.
      rename: (using, to) => (aggregate.foreign_key_field ? withAggregate(using, { foreign_key_field: to }) : using),
    });
  }
  if (aggregate.field) uses.push({ dataset: aggregate.dataset, field: aggregate.field, words: 'sums it', rename: (using, to) => withAggregate(using, { field: to }) });
  return uses;
}

function withDates(field: FieldJson, change: Partial<DateRangeJson>): FieldJson {
  return withChanged(field, 'date_range', (current) => ({ ...current, ...change }));
}

function withCondition(field: FieldJson, change: Partial<ConditionJson>): FieldJson {
  return withChanged(field, 'only_when', (current) => ({ ...current, ...change }));
}

function withAggregate(field: FieldJson, change: Partial<AggregateJson>): FieldJson {
  return withChanged(field, 'aggregate', (current) => ({ ...current, ...change }));
}

function withChanged<K extends 'foreign_key' | 'date_range' | 'formula' | 'only_when' | 'aggregate' | 'lifts'>(
  field: FieldJson,
  key: K,
  change: (option: NonNullable<FieldJson[K]>) => NonNullable<FieldJson[K]>,
): FieldJson {
  const option = field[key];
  return option === undefined ? field : { ...field, [key]: change(option) };
}
