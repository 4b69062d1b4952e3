import { encode } from '../engine/byte-sink.js';
import { conditionTest } from './condition-test.js';
import { floatText } from './decimal-text.js';
import type { FieldContext, FieldValue, FieldWriter, RuleBreaker } from './field-context.js';

// A field with only_when: its planned value where the condition holds, and elsewhere the value
// a record without it has (null, zero or false), so a cancelled order has no shipped_at and a
// book returned on time no late fee. Where the condition fails the planned value is not even
// drawn. Its rule breaker swaps the two: a value where the condition fails, none where it holds.
export function onlyWhen(context: FieldContext, value: FieldValue, write: FieldWriter): { write: FieldWriter; breakRule: RuleBreaker } {
  const condition = context.field.onlyWhen!;
  const holds = conditionTest(context, condition, 'only_when');
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
