import { LogicalType } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { ValueKind } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { Permutation } from '../engine/permutation.js';
import { draw } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import { TokenList } from '../engine/token-list.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { WeightedChoice } from './weighted-choice.js';

const JSON_INTEGER = /^-?(0|[1-9]\d*)$/;
const JSON_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export function enumField(context: FieldContext): FieldValue {
  const choices = context.field.enumValues;
  if (choices.length === 0) context.fail('an enum needs at least one value in enum_values.');
  for (const choice of choices) {
    if (choice.weight < 0) context.fail(`the weight of "${choice.value}" is negative.`);
    if (choice.value.includes('\0')) context.fail('enum values cannot contain NUL characters.');
  }
  const values = choices.map((choice) => choice.value);
  return context.field.foreignKey === undefined && numericKind(context, values) !== undefined
    ? numericEnum(context, values, numericKind(context, values)!)
    : textEnum(context, values);
}

// The choice's position is left in record.numbers, for the conditions that test it.
function textEnum(context: FieldContext, values: readonly string[]): FieldValue {
  const pick = picker(context);
  const index = context.index;
  const chosen = (record: RecordContext) => (record.numbers[index] = pick(record));
  const tokens = context.tokens(values);
  if (tokens === undefined) return { ...context.stringValue(context.pickWriter(values, chosen)), choices: values };
  return { ...context.stringValue((record, sink) => sink.entry(tokens, chosen(record))), choices: values };
}

function picker(context: FieldContext): (record: RecordContext) => number {
  const count = context.field.enumValues.length;
  if (context.unique) {
    if (context.dataset.size > count) context.fail(`${context.dataset.size} unique values do not fit in ${count} enum values.`);
    const permutation = new Permutation(count, context.stream);
    return (record) => permutation.apply(record.index);
  }
  const choice = new WeightedChoice(context.field.enumValues.map((value) => value.weight || 1));
  const stream = context.stream;
  return (record) => choice.pick(draw(record.key, stream, 0));
}

// Enum values of a numeric column ("1".."5" for a rating) are written as numbers.
function numericKind(context: FieldContext, values: readonly string[]): ValueKind | undefined {
  switch (context.field.type) {
    case LogicalType.LOGICAL_TYPE_INTEGER:
      return values.every((value) => JSON_INTEGER.test(value)) ? 'integer' : undefined;
    case LogicalType.LOGICAL_TYPE_DECIMAL:
    case LogicalType.LOGICAL_TYPE_FLOAT:
      return values.every((value) => JSON_DECIMAL.test(value)) ? 'decimal' : undefined;
    default:
      return undefined;
  }
}

function numericEnum(context: FieldContext, values: readonly string[], kind: ValueKind): FieldValue {
  const scale = Math.min(15, Math.max(0, ...values.map((value) => (value.split('.')[1] ?? '').length)));
  const units = values.map((value) => Math.round(Number(value) * 10 ** scale));
  const tokens = new TokenList(values);
  const pick = picker(context);
  const index = context.index;
  return {
    kind,
    scale,
    write: (record, sink) => {
      const choice = pick(record);
      record.numbers[index] = units[choice]!;
      sink.entry(tokens, choice);
    },
  };
}
