import { below, draw } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import { ByteSink, encode } from '../engine/byte-sink.js';
import { TokenList } from '../engine/token-list.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { nameHandleBytes, PersonSource } from './person.js';
import { vocabulary } from './vocabulary.js';

export function firstNameField(context: FieldContext): FieldValue {
  const person = PersonSource.of(context.dataset);
  const { firstNames, allFirstNames } = context.dataset.locale;
  const offset = firstNames[0]!.length;
  const pick = (record: RecordContext) => {
    const who = person.resolve(record);
    return who.sex === 0 ? who.first : offset + who.first;
  };
  const tokens = context.tokens(allFirstNames);
  if (tokens === undefined) return context.stringValue(context.pickWriter(allFirstNames, pick));
  return context.stringValue((record, sink) => sink.entry(tokens, pick(record)));
}

export function lastNameField(context: FieldContext): FieldValue {
  const person = PersonSource.of(context.dataset);
  const { allLastNames, maleLastNamesFrom } = context.dataset.locale;
  const pick = (record: RecordContext) => {
    const who = person.resolve(record);
    return who.sex === 0 ? who.last : maleLastNamesFrom + who.last;
  };
  const tokens = context.tokens(allLastNames);
  if (tokens === undefined) return context.stringValue(context.pickWriter(allLastNames, pick));
  return context.stringValue((record, sink) => sink.entry(tokens, pick(record)));
}

// In the locale's order: "Jane Doe", "山田 太郎", "김민준" (Korean and Chinese without a space).
export function fullNameField(context: FieldContext): FieldValue {
  const person = PersonSource.of(context.dataset);
  const { firstNames, lastNames, familyNameFirst, nameSeparator } = context.dataset.locale;
  if (context.unique || context.field.maxLength > 0) {
    return context.stringValue(
      context.textWriter((record) => {
        const who = person.resolve(record);
        const given = firstNames[who.sex]![who.first]!;
        const family = lastNames[who.sex]![who.last]!;
        return familyNameFirst ? family + nameSeparator + given : given + nameSeparator + family;
      }),
    );
  }
  const first = firstNames.map((list) => context.pieces(list));
  const last = lastNames.map((list) => context.pieces(list));
  const separator = encode(nameSeparator);
  const quote = context.quote;
  return context.stringValue((record, sink) => {
    const who = person.resolve(record);
    const given = first[who.sex]!;
    const family = last[who.sex]!;
    sink.byte(quote);
    if (familyNameFirst) {
      sink.entry(family, who.last);
      sink.bytes(separator);
      sink.entry(given, who.first);
    } else {
      sink.entry(given, who.first);
      sink.bytes(separator);
      sink.entry(family, who.last);
    }
    sink.byte(quote);
  });
}

export function genderField(context: FieldContext): FieldValue {
  const person = PersonSource.of(context.dataset);
  const sexes = vocabulary().sexes;
  const genders = ['female', 'male'].map((sex) => sexes.find((known) => known.toLowerCase() === sex) ?? sex);
  return context.stringValue(context.pickWriter(genders, (record) => person.resolve(record).sex));
}

const AT = encode('@');

// "jane.doe", "janedoe", "jane_doe", "jdoe", sometimes with two digits: unique ones end with
// the record number instead, which no other record has and no name part ends with (name parts
// are letters only).
type HandleWriter = (record: RecordContext, sink: ByteSink) => void;

function handleWriter(context: FieldContext, separators: readonly string[]): HandleWriter {
  const person = PersonSource.of(context.dataset);
  const { first, last } = nameHandleBytes(context.dataset.locale);
  const joins = separators.map(encode);
  const unique = context.unique;
  return (record, sink) => {
    const who = person.resolve(record);
    const given = first[who.sex]!;
    const variant = person.variant(record, separators.length);
    const style = variant % (separators.length + 1);
    if (style === separators.length) sink.byte(given.firstByte(who.first));
    else {
      sink.entry(given, who.first);
      sink.bytes(joins[style]!);
    }
    sink.entry(last[who.sex]!, who.last);
    if (unique) sink.integer(record.index + 1);
    else if ((variant >>> 8) % 4 === 0) sink.integer((variant >>> 12) % 100);
  };
}

export function emailField(context: FieldContext): FieldValue {
  const handle = handleWriter(context, ['.', '', '_']);
  if (context.field.maxLength > 0) return fittedEmailField(context, handle);
  const domains = new TokenList(context.dataset.locale.emailDomains);
  const stream = context.stream;
  const quote = context.quote;
  return context.stringValue((record, sink) => {
    sink.byte(quote);
    handle(record, sink);
    sink.bytes(AT);
    sink.entry(domains, below(record.key, stream, 0, domains.size));
    sink.byte(quote);
  });
}

// For a column of a set width (varchar(25)): the address keeps its domain and its handle is
// cut, so it stays whole and valid.
function fittedEmailField(context: FieldContext, handle: HandleWriter): FieldValue {
  const domains = context.dataset.locale.emailDomains;
  const longestDomain = Math.max(...domains.map((domain) => domain.length));
  const name = fittedHandle(context, handle, longestDomain + 1);
  const stream = context.stream;
  const maxLength = context.field.maxLength;
  return context.stringValue(
    context.plainWriter((record) => {
      const domain = domains[below(record.key, stream, 0, domains.length)]!;
      return name(record, maxLength - 1 - domain.length) + '@' + domain;
    }),
  );
}

// A handle of at most `room` characters: cut before its digits, which keep a unique handle
// unique. `reserved` is what the rest of the value may take of max_length.
function fittedHandle(context: FieldContext, handle: HandleWriter, reserved: number): (record: RecordContext, room: number) => string {
  const digits = context.unique ? String(context.dataset.size).length : 2;
  const least = reserved + 1 + digits;
  if (context.field.maxLength < least) context.fail(`max_length ${context.field.maxLength} is too short for this value (at least ${least}).`);
  const scratch = new ByteSink();
  return (record, room) => {
    scratch.length = 0;
    handle(record, scratch);
    const name = scratch.toText();
    if (name.length <= room) return name;
    const tail = /\d*$/.exec(name)![0];
    return name.slice(0, room - tail.length).replace(/[._]+$/, '') + tail;
  };
}

export function usernameField(context: FieldContext): FieldValue {
  const handle = handleWriter(context, ['.', '_']);
  const maxLength = context.field.maxLength;
  if (maxLength > 0) {
    const name = fittedHandle(context, handle, 0);
    return context.stringValue(context.plainWriter((record) => name(record, maxLength)));
  }
  const quote = context.quote;
  return context.stringValue((record, sink) => {
    sink.byte(quote);
    handle(record, sink);
    sink.byte(quote);
  });
}

const ANY_DIGIT = '#'.charCodeAt(0);
const HIGH_DIGIT = '!'.charCodeAt(0);

// Faker's phone formats of the locale: "!" is a digit 2-9, "#" any digit. Digits are read nine at a
// time from one draw and written straight into the sink. A max_length keeps the formats that
// fit it (no extension in varchar(14)) rather than cutting a number short.
export function phoneField(context: FieldContext): FieldValue {
  if (context.unique) context.fail('phone numbers cannot be unique.');
  const maxLength = context.field.maxLength;
  const all = context.dataset.locale.phoneFormats;
  const fitting = maxLength > 0 ? all.filter((format) => format.length <= maxLength) : all;
  if (fitting.length === 0) context.fail(`max_length ${maxLength} is shorter than any phone number (at least ${Math.min(...all.map((format) => format.length))}).`);
  const formats = fitting.map((format) => encode(format).bytes);
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
