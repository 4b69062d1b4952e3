import { AggregateOperator, LogicalType, type Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { fitCondition, NUMERIC_TYPES } from './condition-fit.js';
import type { DatasetOutline } from './dataset-outline.js';
import { quoted } from './draft-text.js';
import { isDateType } from './field-constraints.js';
import { checkLifts } from './lift-rules.js';

// The model's realism rules are kept only where they name what the plan has: a not_before a
// date of the record or of a record it references, a condition (an only_when, a lift's) a
// field of the same record with an operator that fits its type, an aggregate a
// later dataset whose reference to this one fixes its children per parent. Anything else is
// dropped with a warning, as a rule the generator would refuse would sink the whole plan.
// Runs on the datasets in their final order, references resolved.
export function checkRealismRules(datasets: readonly DatasetOutline[], warnings: string[]): void {
  datasets.forEach((dataset, position) => {
    dataset.fields = dataset.fields.map((field) => {
      const where = `Field ${dataset.name}.${field.name}`;
      const ordered = checkNotBefore(field, dataset, datasets, where, warnings);
      const conditioned = checkOnlyWhen(ordered, dataset, where, warnings);
      const aggregated = checkAggregate(conditioned, dataset, datasets.slice(position + 1), where, warnings);
      return checkLifts(aggregated, dataset, where, warnings);
    });
  });
}

function checkNotBefore(field: Field, dataset: DatasetOutline, datasets: readonly DatasetOutline[], where: string, warnings: string[]): Field {
  const range = field.dateRange;
  if (range === undefined || range.notBefore === '') return field;
  const [first, second, ...rest] = range.notBefore.split('.');
  const own = (name: string | undefined) => dataset.fields.find((candidate) => candidate.name === name);
  const reference = second === undefined ? undefined : own(first)?.foreignKey;
  const parent = reference === undefined || reference.dataset === dataset.name ? undefined : datasets.find((candidate) => candidate.name === reference.dataset);
  const earliest = second === undefined ? own(first) : parent?.fields.find((candidate) => candidate.name === second);
  if (rest.length === 0 && earliest !== undefined && earliest !== field && isDateType(earliest.type) && (second === undefined || parent !== undefined)) return field;
  warnings.push(`${where}: not_before ${quoted(range.notBefore)} names no other date of the record nor a date of a record it references; dropped the rule`);
  return { ...field, dateRange: { ...range, notBefore: '', minDaysAfter: range.afterField === '' ? 0 : range.minDaysAfter } };
}

function checkOnlyWhen(field: Field, dataset: DatasetOutline, where: string, warnings: string[]): Field {
  const condition = field.onlyWhen;
  if (condition === undefined) return field;
  const drop = (why: string): Field => {
    warnings.push(`${where}: its only_when ${why}; dropped the condition`);
    return { ...field, onlyWhen: undefined };
  };
  if (field.primaryKey || field.foreignKey !== undefined) return drop('would empty a key');
  const fit = fitCondition(condition, dataset.fields.filter((candidate) => candidate !== field));
  if ('problem' in fit) return drop(fit.problem);
  if (fit.note !== undefined) warnings.push(`${where}: its only_when ${fit.note}`);
  return conditioned(field, fit.condition);
}

// Where the condition fails a number is 0 and a flag false; anything else becomes null, so
// the field must allow it.
function conditioned(field: Field, onlyWhen: NonNullable<Field['onlyWhen']>): Field {
  const blank = !NUMERIC_TYPES.has(field.type) && field.type !== LogicalType.LOGICAL_TYPE_BOOLEAN;
  return { ...field, onlyWhen, nullable: field.nullable || blank };
}

function checkAggregate(field: Field, dataset: DatasetOutline, later: readonly DatasetOutline[], where: string, warnings: string[]): Field {
  const aggregate = field.aggregate;
  if (aggregate === undefined) return field;
  const drop = (why: string): Field => {
    warnings.push(`${where}: its aggregate ${why}; dropped the aggregate`);
    // A field the model left to the aggregate alone needs a generator of its own.
    const plain =
      field.generator !== 'aggregate' ? {} : field.type === LogicalType.LOGICAL_TYPE_DECIMAL ? { generator: 'number.decimal' } : { generator: 'number.integer', type: LogicalType.LOGICAL_TYPE_INTEGER };
    return { ...field, ...plain, aggregate: undefined };
  };
  if (field.primaryKey || field.foreignKey !== undefined) return drop('would replace a key');
  const children = later.find((candidate) => candidate.name === aggregate.dataset);
  if (children === undefined) return drop(`names ${quoted(aggregate.dataset)}, which is not a later dataset of the plan`);
  const references = children.fields.filter((candidate) => candidate.foreignKey?.dataset === dataset.name && (aggregate.foreignKeyField === '' || candidate.name === aggregate.foreignKeyField));
  const reference = references.length === 1 ? references[0]! : undefined;
  if (reference === undefined) return drop(`finds no single reference of ${children.name} to ${dataset.name}`);
  if (reference.foreignKey?.children === undefined) return drop(`needs ${children.name}.${reference.name} to say how many children each record has (foreign_key.children)`);
  const summed = children.fields.find((candidate) => candidate.name === aggregate.field && candidate !== reference && NUMERIC_TYPES.has(candidate.type));
  const sum = aggregate.operator === AggregateOperator.AGGREGATE_OPERATOR_SUM;
  if (sum && summed === undefined) return drop(`sums ${quoted(aggregate.field)}, which is not a number of ${children.name}`);
  return {
    ...field,
    generator: 'aggregate',
    type: sum ? summed!.type : LogicalType.LOGICAL_TYPE_INTEGER,
    scale: sum ? summed!.scale : 0,
    numericRange: undefined,
    formula: undefined,
    enumValues: [],
    nullable: false,
    nullRate: 0,
    aggregate: { ...aggregate, foreignKeyField: reference.name, field: sum ? summed!.name : '' },
  };
}
