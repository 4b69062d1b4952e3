import { ConditionOperator, type Condition } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { RecordContext } from '../engine/record-context.js';
import { SECONDS_PER_DAY } from './calendar.js';
import { powerOfTen } from './decimal-text.js';
import type { FieldContext, FieldValue } from './field-context.js';

export type ConditionTest = (record: RecordContext) => boolean;

// A condition of the plan (only_when, a lift's when) as a test of the record's values, which
// the engine computes before the field that asks. `rule` is where the plan states it
// ("only_when", "lifts[0].when"), for the problems.
export function conditionTest(context: FieldContext, condition: Condition, rule: string): ConditionTest {
  const tested = context.dataset.compiled(condition.field);
  if (tested === undefined) context.fail(`${rule}.field "${condition.field}" is not a field of the dataset.`);
  const { index, value } = tested;
  const isNull = (record: RecordContext) => record.nulls[index] === 1;
  switch (condition.operator) {
    case ConditionOperator.CONDITION_OPERATOR_ONE_OF:
    case ConditionOperator.CONDITION_OPERATOR_NONE_OF: {
      const matches = choiceTest(context, condition, rule, index, value);
      const wanted = condition.operator === ConditionOperator.CONDITION_OPERATOR_ONE_OF;
      return (record) => !isNull(record) && matches(record) === wanted;
    }
    case ConditionOperator.CONDITION_OPERATOR_IS_TRUE:
    case ConditionOperator.CONDITION_OPERATOR_IS_FALSE: {
      if (value.kind !== 'boolean') context.fail(`${rule}.field "${condition.field}" is not a boolean, which is_true and is_false test.`);
      const wanted = condition.operator === ConditionOperator.CONDITION_OPERATOR_IS_TRUE ? 1 : 0;
      return (record) => !isNull(record) && record.numbers[index] === wanted;
    }
    case ConditionOperator.CONDITION_OPERATOR_IS_SET:
      return (record) => !isNull(record);
    case ConditionOperator.CONDITION_OPERATOR_IS_NULL:
      return isNull;
    case ConditionOperator.CONDITION_OPERATOR_AFTER:
    case ConditionOperator.CONDITION_OPERATOR_NOT_AFTER: {
      const { otherIndex, later } = comparison(context, condition, rule, index, value);
      const wanted = condition.operator === ConditionOperator.CONDITION_OPERATOR_AFTER;
      return (record) => !isNull(record) && record.nulls[otherIndex] !== 1 && later(record) === wanted;
    }
    case ConditionOperator.CONDITION_OPERATOR_AT_LEAST:
    case ConditionOperator.CONDITION_OPERATOR_BELOW: {
      const reaches = boundTest(context, condition, rule, index, value);
      const wanted = condition.operator === ConditionOperator.CONDITION_OPERATOR_AT_LEAST;
      return (record) => !isNull(record) && reaches(record) === wanted;
    }
    default:
      return context.fail(`${rule} needs an operator (one_of, none_of, is_true, is_false, is_set, is_null, after, not_after, at_least or below).`);
  }
}

// Whether the tested enum's value is one of the condition's values.
function choiceTest(context: FieldContext, condition: Condition, rule: string, index: number, value: FieldValue): ConditionTest {
  const tested = context.dataset.fields[index]!;
  if (tested.generator !== 'enum') context.fail(`${rule}.field "${condition.field}" is not an enum, whose values one_of and none_of test.`);
  if (condition.values.length === 0) context.fail(`${rule} needs the values one_of and none_of test.`);
  const known = tested.enumValues.map((choice) => choice.value);
  const unknown = condition.values.filter((candidate) => !known.includes(candidate));
  if (unknown.length > 0) {
    context.fail(`${rule}.values ${unknown.map((name) => `"${name}"`).join(', ')} are not values of "${condition.field}" (${known.map((name) => `"${name}"`).join(', ')}).`);
  }
  if (value.choices !== undefined) {
    const chosen = new Uint8Array(value.choices.length);
    value.choices.forEach((choice, position) => (chosen[position] = condition.values.includes(choice) ? 1 : 0));
    return (record) => chosen[record.numbers[index]!] === 1;
  }
  // An enum of numbers leaves the value itself, in units of its scale.
  const power = powerOfTen(value.scale);
  const units = new Set(condition.values.map((text) => Math.round(Number(text) * power)));
  return (record) => units.has(record.numbers[index]!);
}

// The field compared with, and whether the tested field is later (greater) than it, both being set.
function comparison(
  context: FieldContext,
  condition: Condition,
  rule: string,
  index: number,
  value: FieldValue,
): { otherIndex: number; later: ConditionTest } {
  const other = condition.otherField === '' ? undefined : context.dataset.compiled(condition.otherField);
  if (other === undefined) context.fail(`${rule}.other_field "${condition.otherField}" is not a field of the dataset, which after and not_after compare with.`);
  const otherIndex = other.index;
  const kinds = [value.kind, other.value.kind];
  const temporal = (kind: string) => kind === 'date' || kind === 'timestamp';
  let mine: (record: RecordContext) => number;
  let theirs: (record: RecordContext) => number;
  if (kinds.every(temporal)) {
    // A date against a timestamp compares days: returned_at on the due date is not after it.
    const byDay = kinds.includes('date');
    const comparable = (field: number, kind: string) =>
      byDay && kind === 'timestamp' ? (record: RecordContext) => Math.floor(record.numbers[field]! / SECONDS_PER_DAY) : (record: RecordContext) => record.numbers[field]!;
    mine = comparable(index, value.kind);
    theirs = comparable(otherIndex, other.value.kind);
  } else if (kinds.every(isNumeric)) {
    // Numbers are whole units of their own scale: brought to the finer of the two.
    const scale = Math.max(value.scale, other.value.scale);
    const comparable = (field: number, factor: number) => (record: RecordContext) => record.numbers[field]! * factor;
    mine = comparable(index, powerOfTen(scale - value.scale));
    theirs = comparable(otherIndex, powerOfTen(scale - other.value.scale));
  } else {
    return context.fail(`${rule} compares "${condition.field}" and "${condition.otherField}", which are not two dates (or timestamps) or two numbers.`);
  }
  return { otherIndex, later: (record) => mine(record) > theirs(record) };
}

// Whether the tested number is at least the condition's one value, read once here. The units
// are divided back to the number the record shows, so that "at least 1.1" holds for 1.10
// itself, which 1.1 × 100 (110.00000000000001 in binary) would miss.
function boundTest(context: FieldContext, condition: Condition, rule: string, index: number, value: FieldValue): ConditionTest {
  if (!isNumeric(value.kind)) context.fail(`${rule}.field "${condition.field}" is not a number, which at_least and below compare.`);
  const [text, ...more] = condition.values;
  const bound = text === undefined || text.trim() === '' ? NaN : Number(text);
  if (more.length > 0 || !Number.isFinite(bound)) {
    context.fail(`${rule}.values must be one number for at_least and below to compare "${condition.field}" with, not ${JSON.stringify(condition.values)}.`);
  }
  const power = powerOfTen(value.scale);
  return (record) => record.numbers[index]! / power >= bound;
}

function isNumeric(kind: string): boolean {
  return kind === 'integer' || kind === 'decimal' || kind === 'float';
}
