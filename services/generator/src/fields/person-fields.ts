import { below, draw } from '../engine/random.js';
import type { ByteSink } from '../engine/byte-sink.js';
import type { RecordContext } from '../engine/record-context.js';
import { encode } from '../engine/byte-sink.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { nameHandleBytes, PersonSource } from './person.js';
import { vocabulary } from './vocabulary.js';

export function firstNameField(context: FieldContext): FieldValue {
  const person = PersonSource.of(context.dataset);
  const { firstNames, allFirstNames } = vocabulary();
  const offset = firstNames[0]!.length;
  const pick = (record: RecordContext) => {
    const who = person.resolve(record);
    return who.sex === 0 ? who.first : offset + who.first;
  };
  const tokens = context.tokens(allFirstNames);
  if (tokens === undefined) return context.stringValue(context.pickWriter(allFirstNames, pick));
  return context.stringValue((record, sink) => sink.bytes(tokens[pick(record)]!));
}

export function lastNameField(context: FieldContext): FieldValue {
  const person = PersonSource.of(context.dataset);
  const lastNames = vocabulary().lastNames;
  const tokens = context.tokens(lastNames);
  if (tokens === undefined) return context.stringValue(context.pickWriter(lastNames, (record) => person.resolve(record).last));
  return context.stringValue((record, sink) => sink.bytes(tokens[person.resolve(record).last]!));
}

export function fullNameField(context: FieldContext): FieldValue {
  const person = PersonSource.of(context.dataset);
  const { firstNames, lastNames } = vocabulary();
  if (context.unique || context.field.maxLength > 0) {
    return context.stringValue(
      context.textWriter((record) => {
        const who = person.resolve(record);
        return firstNames[who.sex]![who.first] + ' ' + lastNames[who.last];
      }),
    );
  }
  const first = firstNames.map((list) => context.pieces(list));
  const last = context.pieces(lastNames);
  const quote = context.quote;
  return context.stringValue((record, sink) => {
    const who = person.resolve(record);
    sink.byte(quote);
    sink.bytes(first[who.sex]![who.first]!);
    sink.byte(SPACE);
    sink.bytes(last[who.last]!);
    sink.byte(quote);
  });
}

export function genderField(context: FieldContext): FieldValue {
  const person = PersonSource.of(context.dataset);
  const sexes = vocabulary().sexes;
  const genders = ['female', 'male'].map((sex) => sexes.find((known) => known.toLowerCase() === sex) ?? sex);
  return context.stringValue(context.pickWriter(genders, (record) => person.resolve(record).sex));
}

const SPACE = 32;
const AT = encode('@');

// "jane.doe", "janedoe", "jane_doe", "jdoe", sometimes with two digits: unique ones end with
// the record number instead, which no other record has and no name part ends with (name parts
// are letters only).
function handleWriter(context: FieldContext, separators: readonly string[]): (record: RecordContext, sink: ByteSink) => void {
  const person = PersonSource.of(context.dataset);
  const { first, last } = nameHandleBytes();
  const joins = separators.map(encode);
  const unique = context.unique;
  return (record, sink) => {
    const who = person.resolve(record);
    const given = first[who.sex]![who.first]!;
    const variant = person.variant(record, separators.length);
    const style = variant % (separators.length + 1);
    if (style === separators.length) sink.byte(given.bytes[0]!);
    else {
      sink.bytes(given);
      sink.bytes(joins[style]!);
    }
    sink.bytes(last[who.last]!);
    if (unique) sink.integer(record.index + 1);
    else if ((variant >>> 8) % 4 === 0) sink.integer((variant >>> 12) % 100);
  };
}

export function emailField(context: FieldContext): FieldValue {
  const handle = handleWriter(context, ['.', '', '_']);
  const domains = vocabulary().emailDomains.map(encode);
  const stream = context.stream;
  const quote = context.quote;
  return context.stringValue((record, sink) => {
    sink.byte(quote);
    handle(record, sink);
    sink.bytes(AT);
    sink.bytes(domains[below(record.key, stream, 0, domains.length)]!);
    sink.byte(quote);
  });
}

export function usernameField(context: FieldContext): FieldValue {
  const handle = handleWriter(context, ['.', '_']);
  const quote = context.quote;
  return context.stringValue((record, sink) => {
    sink.byte(quote);
    handle(record, sink);
    sink.byte(quote);
  });
}

const ANY_DIGIT = '#'.charCodeAt(0);
const HIGH_DIGIT = '!'.charCodeAt(0);

// Faker's US phone formats: "!" is a digit 2-9, "#" any digit. Digits are read nine at a
// time from one draw and written straight into the sink.
export function phoneField(context: FieldContext): FieldValue {
  if (context.unique || context.field.maxLength > 0) context.fail('phone numbers can be neither unique nor cut to a max_length.');
  const formats = vocabulary().phoneFormats.map((format) => encode(format).bytes);
  const stream = context.stream;
  const quote = context.quote;
  return context.stringValue((record, sink) => {
    const format = formats[below(record.key, stream, 0, formats.length)]!;
    let digits = draw(record.key, stream, 1);
    let counter = 2;
    let used = 0;
    sink.byte(quote);
    for (let position = 0; position < format.length; position++) {
      const char = format[position]!;
      if (char !== ANY_DIGIT && char !== HIGH_DIGIT) {
        sink.byte(char);
        continue;
      }
      if (used === 9) {
        digits = draw(record.key, stream, counter++);
        used = 0;
      }
      const next = (digits / 10) | 0;
      const digit = digits - next * 10;
      digits = next;
      used++;
      sink.byte(48 + (char === HIGH_DIGIT ? 2 + (digit % 8) : digit));
    }
    sink.byte(quote);
  });
}

export function jobTitleField(context: FieldContext): FieldValue {
  const { jobDescriptors, jobAreas, jobTypes } = vocabulary();
  return context.stringValue(context.wordsWriter([jobDescriptors, jobAreas, jobTypes]));
}
