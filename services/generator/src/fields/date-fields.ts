import { Permutation } from '../engine/permutation.js';
import { below } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import { isoDate, parseIsoDate, SECONDS_PER_DAY, twoDigits } from './calendar.js';
import type { ByteSink } from '../engine/byte-sink.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';
import { encode } from '../engine/byte-sink.js';
import { TokenList } from '../engine/token-list.js';
import type { FieldContext, FieldValue } from './field-context.js';

const DEFAULT_RANGE = { start: '2020-01-01', end: '2025-12-31' };
// Adults 18 to 90 years old on 2025-01-01, whatever the date today.
export const BIRTH_DATE_RANGE = { start: '1935-01-01', end: '2007-01-01' };
const DEFAULT_DAYS_AFTER = 30;

type Unit = 'date' | 'timestamp';

// Dates are drawn as day numbers, timestamps as epoch seconds (whole seconds, UTC); both are
// left in record.numbers for the dates that follow them.
export function dateField(context: FieldContext, unitOfTime: Unit, defaults = DEFAULT_RANGE): FieldValue {
  const index = context.index;
  const format = unitOfTime === 'date' ? dateTexts(context.syntax) : timestampWriter(context.syntax);
  const range = ownRange(context, unitOfTime, defaults);
  const own = range.sample;
  const follow = followed(context, unitOfTime);
  const floor = notBefore(context, unitOfTime);
  const followOrOwn = follow === undefined ? own : (record: RecordContext) => (record.nulls[follow.index] === 1 ? own(record) : follow.sample(record));
  const sample = floor === undefined ? followOrOwn : atOrAfter(floor, followOrOwn, follow === undefined ? range : undefined, context.stream);
  const earliest = [follow?.earliest, floor?.earliest].filter((bound) => bound !== undefined);
  return {
    kind: unitOfTime,
    scale: 0,
    write: (record, sink) => {
      const value = sample(record);
      record.numbers[index] = value;
      format(value, sink);
    },
    ...(earliest.length === 0 ? {} : { breakRule: earlier(earliest, unitOfTime, format, context.stream) }),
  };
}

// A value before a date it must follow, by 1 to 30 days: reality's broken_rule. Returns false,
// writing nothing, when the dates it follows are null for the record.
function earlier(bounds: readonly ((record: RecordContext) => number)[], unitOfTime: Unit, format: (value: number, sink: ByteSink) => void, stream: number) {
  const dayUnits = unitOfTime === 'date' ? 1 : SECONDS_PER_DAY;
  return (record: RecordContext, sink: ByteSink): boolean => {
    let bound = NaN;
    for (const earliestOf of bounds) {
      const value = earliestOf(record);
      if (!(value <= bound)) bound = value;
    }
    if (Number.isNaN(bound)) return false;
    format(bound - dayUnits * (1 + below(record.key, stream, 5, 30)), sink);
    return true;
  };
}

// Values at or after the floor: a record keeps the value it would have without the rule when
// that is late enough, and draws again from the floor to the range's end when not (uniform
// over what the rule allows, as before), or takes the floor itself when it is past the end.
// A date that follows another is only raised to the floor.
function atOrAfter(floor: Floor, sample: (record: RecordContext) => number, range: OwnRange | undefined, stream: number): (record: RecordContext) => number {
  const last = range === undefined ? 0 : range.first + range.count - 1;
  return (record) => {
    const value = sample(record);
    const least = floor.least(record);
    if (!(least > value)) return value;
    if (range === undefined || least >= last) return least;
    return least + below(record.key, stream, 4, last - least + 1);
  };
}

// Four tokens and no string: the quote, date and separator; hours; minutes; seconds, suffix
// and quote. Text built per value was most of what a generator allocated.
function timestampWriter(syntax: ValueSyntax): (seconds: number, sink: ByteSink) => void {
  const { days, hours, minutes, seconds } = timestampTokens(syntax);
  return (value, sink) => {
    const day = Math.floor(value / SECONDS_PER_DAY);
    const time = value - day * SECONDS_PER_DAY;
    const minute = Math.floor(time / 60);
    days(day, sink);
    sink.entry(hours, Math.floor(minute / 60));
    sink.entry(minutes, minute % 60);
    sink.entry(seconds, time % 60);
  };
}

// Made once per syntax and process, not per compiled plan: plans are compiled for every
// shard, and each would otherwise fill, and throw away, caches of its own.
function perSyntax<T>(make: (syntax: ValueSyntax) => T): (syntax: ValueSyntax) => T {
  const made = new WeakMap<ValueSyntax, T>();
  return (syntax) => {
    let value = made.get(syntax);
    if (value === undefined) made.set(syntax, (value = make(syntax)));
    return value;
  };
}

const dateTexts = perSyntax((syntax) => dayTexts((day) => syntax.plain(isoDate(day))));

const timestampTokens = perSyntax((syntax) => ({
  days: dayTexts((day) => syntax.quote + isoDate(day) + syntax.timestampSeparator),
  hours: new TokenList(Array.from({ length: 24 }, (_, hour) => twoDigits(hour) + ':')),
  minutes: new TokenList(Array.from({ length: 60 }, (_, minute) => twoDigits(minute) + ':')),
  seconds: new TokenList(Array.from({ length: 60 }, (_, second) => twoDigits(second) + syntax.timestampSuffix + syntax.quote)),
}));

// Days 1900-01-01 .. 2099-12-31 keep their text once made, side by side in one block (as in a
// TokenList, and for the same reason): a date costs a read of a few words beside its
// neighbours'. Their years have four digits, so every day's text takes the same words.
const FIRST_CACHED_DAY = -25567;
const CACHED_DAYS = 73049;

function dayTexts(text: (day: number) => string): (day: number, sink: ByteSink) => void {
  const stride = encode(text(FIRST_CACHED_DAY)).words.length;
  const words = new Int32Array(CACHED_DAYS * stride);
  // 0 until the day's text is made.
  const lengths = new Uint8Array(CACHED_DAYS);
  return (day, sink) => {
    const slot = day - FIRST_CACHED_DAY;
    if (slot < 0 || slot >= CACHED_DAYS) return sink.bytes(encode(text(day)));
    if (lengths[slot] === 0) {
      const token = encode(text(day));
      if (token.words.length !== stride) return sink.bytes(token);
      words.set(token.words, slot * stride);
      lengths[slot] = token.length;
    }
    sink.words(words, slot * stride, lengths[slot]!);
  };
}

interface OwnRange {
  readonly first: number;
  readonly count: number;
  readonly sample: (record: RecordContext) => number;
}

function ownRange(context: FieldContext, unitOfTime: Unit, defaults: typeof DEFAULT_RANGE): OwnRange {
  const range = context.field.dateRange;
  const startText = range?.start || defaults.start;
  const endText = range?.end || defaults.end;
  const startDay = parseIsoDate(startText);
  const endDay = parseIsoDate(endText);
  if (startDay === undefined) context.fail(`date_range.start "${startText}" is not a date (YYYY-MM-DD).`);
  if (endDay === undefined) context.fail(`date_range.end "${endText}" is not a date (YYYY-MM-DD).`);
  if (startDay > endDay) context.fail(`date_range.start ${startText} is after date_range.end ${endText}.`);
  const first = unitOfTime === 'date' ? startDay : startDay * SECONDS_PER_DAY;
  const count = unitOfTime === 'date' ? endDay - startDay + 1 : (endDay - startDay + 1) * SECONDS_PER_DAY;
  const stream = context.stream;
  const rank = context.dataset.siblingRank(context.index);
  if (rank !== undefined) {
    // Sibling k draws from the k-th of `rank.count` equal spans: distinct, and in rank order
    // (a person's job history runs forward).
    if (count < rank.count) context.fail(`${startText} to ${endText} holds fewer than the ${rank.count} values siblings need.`);
    if (context.field.dateRange?.afterField || context.field.dateRange?.notBefore) context.fail('a date kept distinct among siblings cannot also follow another date.');
    const span = Math.floor(count / rank.count);
    return { first, count, sample: (record) => first + rank.of(record) * span + below(record.key, stream, 0, span) };
  }
  if (context.unique) {
    if (context.dataset.size > count) context.fail(`${context.dataset.size} unique values do not fit between ${startText} and ${endText}.`);
    const permutation = new Permutation(count, stream);
    return { first, count, sample: (record) => first + permutation.apply(record.index) };
  }
  return { first, count, sample: (record) => first + below(record.key, stream, 0, count) };
}

// An end date follows its start: the followed field is compiled first (the engine orders
// fields by these dependencies) and its value read from the record.
function followed(
  context: FieldContext,
  unitOfTime: Unit,
): { index: number; sample: (record: RecordContext) => number; earliest: (record: RecordContext) => number } | undefined {
  const name = context.field.dateRange?.afterField;
  if (!name) return undefined;
  if (context.unique) context.fail('a date that follows another date cannot also be unique.');
  const start = context.dataset.compiled(name);
  if (start === undefined) context.fail(`date_range.after_field "${name}" is not a field of the dataset.`);
  const startKind = start.value.kind;
  if (startKind !== 'date' && startKind !== 'timestamp') context.fail(`date_range.after_field "${name}" is not a date or timestamp field.`);
  const days = context.field.dateRange?.maxDaysAfter || DEFAULT_DAYS_AFTER;
  const least = context.field.dateRange?.minDaysAfter ?? 0;
  if (least < 0 || least > days) context.fail(`date_range.min_days_after ${least} must lie between 0 and max_days_after ${days}.`);
  const stream = context.stream;
  const startIndex = start.index;
  // A date following a timestamp counts from the timestamp's day: dates against timestamps
  // compare by day, so the same day is min_days_after 0 and no date lands past max_days_after.
  const toOwnUnit = startKind === unitOfTime ? 1 : startKind === 'date' ? SECONDS_PER_DAY : 1 / SECONDS_PER_DAY;
  const dayUnits = unitOfTime === 'date' ? 1 : SECONDS_PER_DAY;
  const first = least * dayUnits;
  const span = (days - least) * dayUnits + 1;
  return {
    index: startIndex,
    sample: (record) => Math.floor(record.numbers[startIndex]! * toOwnUnit) + first + below(record.key, stream, 1, span),
    earliest: (record) => (record.nulls[startIndex] === 1 ? NaN : Math.floor(record.numbers[startIndex]! * toOwnUnit)),
  };
}

// The date a date must not come before (date_range.not_before): `least` is the earliest value
// the rule allows, `earliest` that date itself; both NaN when it is null for the record.
interface Floor {
  readonly least: (record: RecordContext) => number;
  readonly earliest: (record: RecordContext) => number;
}

function notBefore(context: FieldContext, unitOfTime: Unit): Floor | undefined {
  const name = context.field.dateRange?.notBefore;
  if (!name) return undefined;
  if (context.unique) context.fail('a unique date cannot also be kept after another date (date_range.not_before).');
  const parts = name.split('.');
  if (parts.length > 2 || parts.some((part) => part === '')) {
    context.fail(`date_range.not_before "${name}" must name a field of the record, or "<reference field>.<field of the referenced dataset>".`);
  }
  const [own, referenced] = parts as [string, string | undefined];
  let kind: string;
  let read: (record: RecordContext) => number;
  if (referenced === undefined) {
    const other = context.dataset.compiled(own);
    if (other === undefined) context.fail(`date_range.not_before "${name}" is not a field of the dataset.`);
    const position = other.index;
    kind = other.value.kind;
    read = (record) => (record.nulls[position] === 1 ? NaN : record.numbers[position]!);
  } else {
    const other = context.dataset.referencedValue(own, referenced, context, `date_range.not_before "${name}"`);
    const { reference } = other;
    kind = other.kind;
    read = (record) => (record.nulls[reference] === 1 ? NaN : other.read(record.picked[reference]!));
  }
  if (kind !== 'date' && kind !== 'timestamp') context.fail(`date_range.not_before "${name}" is not a date or timestamp field.`);
  const least = context.field.dateRange?.minDaysAfter ?? 0;
  if (least < 0) context.fail(`date_range.min_days_after ${least} cannot be negative.`);
  const toOwnUnit = kind === unitOfTime ? 1 : kind === 'date' ? SECONDS_PER_DAY : 1 / SECONDS_PER_DAY;
  const offset = least * (unitOfTime === 'date' ? 1 : SECONDS_PER_DAY);
  const earliest = (record: RecordContext) => Math.floor(read(record) * toOwnUnit);
  return { earliest, least: (record) => earliest(record) + offset };
}
