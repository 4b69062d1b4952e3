import { ConditionOperator, type Condition } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { encode } from '../engine/byte-sink.js';
import type { RecordContext } from '../engine/record-context.js';
import { SECONDS_PER_DAY } from './calendar.js';
import { floatText, powerOfTen } from './decimal-text.js';
import type { FieldContext, FieldValue, FieldWriter, RuleBreaker } from './field-context.js';

type Test = (record: RecordContext) => boolean;

// A field with only_when: its planned value where the condition holds, and elsewhere the value
// a record without it has (null, zero or false), so a cancelled order has no shipped_at and a
// book returned on time no late fee. Where the condition fails the planned value is not even
// drawn. Its rule breaker swaps the two: a value where the condition fails, none where it holds.
export function onlyWhen(context: FieldContext, value: FieldValue, write: FieldWriter): { write: FieldWriter; breakRule: RuleBreaker } {
  const condition = context.field.onlyWhen!;
  const holds = conditionTest(context, condition);
  const otherwise = absentValue(context, value);
  const position = context.index;
  const conditional: FieldWriter = (record, sink) => {
    if (holds(record)) {
      record.nulls[position] = 0;
      write(record, sink);
    } else otherwise(record, sink);
  };
  // The record's own state is left as its clean value made it: fields that read this one
  // follow the clean value, as they do under any other defect.
  const breakRule: RuleBreaker = (record, sink) => {
    const number = record.numbers[position]!;
    const isNull = record.nulls[position]!;
    let broken = false;
    if (!holds(record)) {
      record.nulls[position] = 0;
      write(record, sink);
      broken = record.nulls[position] === 0;
    } else if (isNull === 0 && number !== 0) {
      otherwise(record, sink);
      broken = true;
    }
    record.numbers[position] = number;
    record.nulls[position] = isNull;
    return broken;
  };
  return { write: conditional, breakRule };
}

// What a record whose condition fails holds: null for a nullable field, else zero or false.
function absentValue(context: FieldContext, value: FieldValue): FieldWriter {
  const position = context.index;
  const literal = (text: string): FieldWriter => {
    const token = encode(text);
    return (record, sink) => {
      record.nulls[position] = 0;
      record.numbers[position] = 0;
      sink.bytes(token);
    };
  };
  if (context.field.nullable) {
    const token = encode(context.syntax.nullToken);
    return (record, sink) => {
      record.nulls[position] = 1;
      sink.bytes(token);
    };
  }
  switch (value.kind) {
    case 'integer':
      return literal('0');
    case 'decimal':
      return value.scale === 0 ? literal('0') : literal('0.' + '0'.repeat(value.scale));
    case 'float':
      return literal(floatText(0, value.scale));
    case 'boolean':
      return literal(context.syntax.falseToken);
    default:
      return context.fail('only_when leaves the field empty where its condition fails: make it nullable (or a number, zero there, or a boolean, false there).');
  }
}

// The condition as a test of the record's values, which the engine computes before this field.
function conditionTest(context: FieldContext, condition: Condition): Test {
  const where = `only_when.field "${condition.field}"`;
  const tested = context.dataset.compiled(condition.field);
  if (tested === undefined) context.fail(`${where} is not a field of the dataset.`);
  const { index, value } = tested;
  const isNull = (record: RecordContext) => record.nulls[index] === 1;
  switch (condition.operator) {
    case ConditionOperator.CONDITION_OPERATOR_ONE_OF:
    case ConditionOperator.CONDITION_OPERATOR_NONE_OF: {
      const matches = choiceTest(context, condition, index, value);
      const wanted = condition.operator === ConditionOperator.CONDITION_OPERATOR_ONE_OF;
      return (record) => !isNull(record) && matches(record) === wanted;
    }
    case ConditionOperator.CONDITION_OPERATOR_IS_TRUE:
    case ConditionOperator.CONDITION_OPERATOR_IS_FALSE: {
      if (value.kind !== 'boolean') context.fail(`${where} is not a boolean, which is_true and is_false test.`);
      const wanted = condition.operator === ConditionOperator.CONDITION_OPERATOR_IS_TRUE ? 1 : 0;
      return (record) => !isNull(record) && record.numbers[index] === wanted;
    }
    case ConditionOperator.CONDITION_OPERATOR_IS_SET:
      return (record) => !isNull(record);
    case ConditionOperator.CONDITION_OPERATOR_IS_NULL:
      return isNull;
    case ConditionOperator.CONDITION_OPERATOR_AFTER:
    case ConditionOperator.CONDITION_OPERATOR_NOT_AFTER: {
      const { otherIndex, later } = comparison(context, condition, index, value);
      const wanted = condition.operator === ConditionOperator.CONDITION_OPERATOR_AFTER;
      return (record) => !isNull(record) && record.nulls[otherIndex] !== 1 && later(record) === wanted;
    }
    default:
      return context.fail('only_when needs an operator (one_of, none_of, is_true, is_false, is_set, is_null, after or not_after).');
  }
}

// Whether the tested enum's value is one of the condition's values.
function choiceTest(context: FieldContext, condition: Condition, index: number, value: FieldValue): (record: RecordContext) => boolean {
  const tested = context.dataset.fields[index]!;
  if (tested.generator !== 'enum') context.fail(`only_when.field "${condition.field}" is not an enum, whose values one_of and none_of test.`);
  if (condition.values.length === 0) context.fail('only_when needs the values one_of and none_of test.');
  const known = tested.enumValues.map((choice) => choice.value);
  const unknown = condition.values.filter((candidate) => !known.includes(candidate));
  if (unknown.length > 0) {
    context.fail(`only_when.values ${unknown.map((name) => `"${name}"`).join(', ')} are not values of "${condition.field}" (${known.map((name) => `"${name}"`).join(', ')}).`);
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
  index: number,
  value: FieldValue,
): { otherIndex: number; later: (record: RecordContext) => boolean } {
  const other = condition.otherField === '' ? undefined : context.dataset.compiled(condition.otherField);
  if (other === undefined) context.fail(`only_when.other_field "${condition.otherField}" is not a field of the dataset, which after and not_after compare with.`);
  const otherIndex = other.index;
  const kinds = [value.kind, other.value.kind];
  const temporal = (kind: string) => kind === 'date' || kind === 'timestamp';
  const numeric = (kind: string) => kind === 'integer' || kind === 'decimal' || kind === 'float';
  let mine: (record: RecordContext) => number;
  let theirs: (record: RecordContext) => number;
  if (kinds.every(temporal)) {
    // A date against a timestamp compares days: returned_at on the due date is not after it.
    const byDay = kinds.includes('date');
    const comparable = (field: number, kind: string) =>
      byDay && kind === 'timestamp' ? (record: RecordContext) => Math.floor(record.numbers[field]! / SECONDS_PER_DAY) : (record: RecordContext) => record.numbers[field]!;
    mine = comparable(index, value.kind);
    theirs = comparable(otherIndex, other.value.kind);
  } else if (kinds.every(numeric)) {
    // Numbers are whole units of their own scale: brought to the finer of the two.
    const scale = Math.max(value.scale, other.value.scale);
    const comparable = (field: number, factor: number) => (record: RecordContext) => record.numbers[field]! * factor;
    mine = comparable(index, powerOfTen(scale - value.scale));
    theirs = comparable(otherIndex, powerOfTen(scale - other.value.scale));
  } else {
    return context.fail(`only_when compares "${condition.field}" and "${condition.otherField}", which are not two dates (or timestamps) or two numbers.`);
  }
  return { otherIndex, later: (record) => mine(record) > theirs(record) };
}
