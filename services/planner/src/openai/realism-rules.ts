import { AggregateOperator, ConditionOperator, LogicalType, type Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { DatasetOutline } from './dataset-outline.js';
import { quoted } from './draft-text.js';
import { isDateType } from './field-constraints.js';

const NUMERIC_TYPES: ReadonlySet<LogicalType> = new Set([LogicalType.LOGICAL_TYPE_INTEGER, LogicalType.LOGICAL_TYPE_DECIMAL, LogicalType.LOGICAL_TYPE_FLOAT]);

// The model's realism rules are kept only where they name what the plan has: a not_before a
// date of the record or of a record it references, a condition a field of the same record
// with an operator that fits its type (and values among its enum values), an aggregate a
// later dataset whose reference to this one fixes its children per parent. Anything else is
// dropped with a warning, as a rule the generator would refuse would sink the whole plan.
// Runs on the datasets in their final order, references resolved.
export function checkRealismRules(datasets: readonly DatasetOutline[], warnings: string[]): void {
  datasets.forEach((dataset, position) => {
    dataset.fields = dataset.fields.map((field) => {
      const where = `Field ${dataset.name}.${field.name}`;
      const ordered = checkNotBefore(field, dataset, datasets, where, warnings);
      const conditioned = checkOnlyWhen(ordered, dataset, where, warnings);
      return checkAggregate(conditioned, dataset, datasets.slice(position + 1), where, warnings);
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
  const named = (name: string) => dataset.fields.find((candidate) => candidate !== field && candidate.name === name);
  const tested = named(condition.field);
  const drop = (why: string): Field => {
    warnings.push(`${where}: its only_when ${why}; dropped the condition`);
    return { ...field, onlyWhen: undefined };
  };
  if (field.primaryKey || field.foreignKey !== undefined) return drop('would empty a key');
  if (tested === undefined) return drop(`tests ${quoted(condition.field)}, which is not another field of the record`);
  switch (condition.operator) {
    case ConditionOperator.CONDITION_OPERATOR_ONE_OF:
    case ConditionOperator.CONDITION_OPERATOR_NONE_OF: {
      const allowed = new Set(tested.enumValues.map((entry) => entry.value));
      const values = condition.values.filter((value) => allowed.has(value));
      if (values.length === 0) return drop(`lists no enum value of ${tested.name}`);
      if (values.length < condition.values.length) warnings.push(`${where}: its only_when lists values that ${tested.name} never takes; kept ${values.join(', ')}`);
      return conditioned(field, { ...condition, values, otherField: '' });
    }
    case ConditionOperator.CONDITION_OPERATOR_IS_TRUE:
    case ConditionOperator.CONDITION_OPERATOR_IS_FALSE:
      if (tested.type !== LogicalType.LOGICAL_TYPE_BOOLEAN) return drop(`tests ${tested.name}, which is not a boolean, for true or false`);
      return conditioned(field, { ...condition, values: [], otherField: '' });
    case ConditionOperator.CONDITION_OPERATOR_AFTER:
    case ConditionOperator.CONDITION_OPERATOR_NOT_AFTER: {
      const other = named(condition.otherField);
      const comparable = other !== undefined && other !== tested && (isDateType(tested.type) ? isDateType(other.type) : NUMERIC_TYPES.has(tested.type) && NUMERIC_TYPES.has(other.type));
      if (!comparable) return drop(`compares ${tested.name} with ${quoted(condition.otherField)}, not a date or number of the record like it`);
      return conditioned(field, { ...condition, values: [] });
    }
    default:
      return conditioned(field, { ...condition, values: [], otherField: '' });
  }
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
