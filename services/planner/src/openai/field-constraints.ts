import {
  Distribution,
  LogicalType,
  type DateRange,
  type EnumValue,
  type Field,
  type NumericRange,
} from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { FieldDraft } from './plan-draft.js';
import { cleanText } from './draft-text.js';
import { sanitiseIdentifier } from '../naming/identifiers.js';

const MAX_ENUM_VALUES = 100;
const MAX_SCALE = 10;
const MAX_TEXT_LENGTH = 100_000;
const MAX_DAYS_AFTER = 36_500;
const DEFAULT_DAYS_AFTER = 30;
// A unique text value gets " <record number>" appended; 5,000,000 records need 8 characters.
const MIN_UNIQUE_TEXT_LENGTH = 8;

const DISTRIBUTION_BY_NAME: Readonly<Record<string, Distribution>> = {
  uniform: Distribution.DISTRIBUTION_UNIFORM,
  normal: Distribution.DISTRIBUTION_NORMAL,
  log_normal: Distribution.DISTRIBUTION_LOG_NORMAL,
  zipf: Distribution.DISTRIBUTION_ZIPF,
};

// Enum values as the generator wants them: printable, distinct, weights positive.
export function enumChoices(draft: FieldDraft): EnumValue[] {
  const seen = new Set<string>();
  const choices: EnumValue[] = [];
  for (const { value, weight } of draft.enumValues) {
    const text = cleanText(value, 200);
    if (text === '' || seen.has(text) || choices.length === MAX_ENUM_VALUES) continue;
    seen.add(text);
    choices.push({ value: text, weight: weight !== null && weight > 0 ? weight : 1 });
  }
  return choices;
}

export function numericRange(draft: FieldDraft): NumericRange | undefined {
  const range = draft.numericRange;
  if (range === null) return undefined;
  const [min, max] = [clampSafe(range.min), clampSafe(range.max)].sort((a, b) => a - b);
  const distribution = DISTRIBUTION_BY_NAME[range.distribution ?? ''] ?? Distribution.DISTRIBUTION_UNSPECIFIED;
  return { min, max, distribution, mean: 0, stddev: 0 };
}

// `earlier` are the fields before this one: a date can only follow a date already made.
export function dateRange(draft: FieldDraft, earlier: readonly Field[]): DateRange | undefined {
  const range = draft.dateRange;
  if (range === null) return undefined;
  const [start, end] = [isoDate(range.start), isoDate(range.end)];
  const bounded = start !== '' && end !== '';
  const followed = range.afterField === null ? undefined : earlier.find((field) => field.name === sanitiseIdentifier(range.afterField ?? '', 'field'));
  const afterField = followed && isDateType(followed.type) ? followed.name : '';
  // Checked once every dataset is known (realism-rules.ts): it may name another dataset's field.
  const notBefore = (range.notBefore ?? '').split('.').filter((part) => part.trim() !== '').map((part) => sanitiseIdentifier(part, 'field')).join('.');
  if (!bounded && afterField === '' && notBefore === '') return undefined;
  const days = range.maxDaysAfter === null ? DEFAULT_DAYS_AFTER : Math.round(range.maxDaysAfter);
  return {
    start: bounded ? (start < end ? start : end) : '',
    end: bounded ? (start < end ? end : start) : '',
    afterField,
    maxDaysAfter: afterField === '' ? 0 : Math.min(Math.max(days, 0), MAX_DAYS_AFTER),
    minDaysAfter: Math.min(Math.max(Math.round(range.minDaysAfter ?? 0), 0), MAX_DAYS_AFTER),
    notBefore,
  };
}

export function fraction(value: number | null, fallback: number): number {
  return value === null ? fallback : Math.min(Math.max(value, 0), 1);
}

export function decimalScale(value: number | null, fallback: number): number {
  return value === null ? fallback : Math.min(Math.max(Math.round(value), 0), MAX_SCALE);
}

export function textLength(value: number | null, unique: boolean): number {
  if (value === null || value < 1) return 0;
  const length = Math.min(Math.round(value), MAX_TEXT_LENGTH);
  return unique && length < MIN_UNIQUE_TEXT_LENGTH ? 0 : length;
}

export function isDateType(type: LogicalType): boolean {
  return type === LogicalType.LOGICAL_TYPE_DATE || type === LogicalType.LOGICAL_TYPE_TIMESTAMP;
}

export function isoDate(text: string | null): string {
  if (text === null || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return '';
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : '';
}

// Values beyond 2^53 lose integer precision in JSON clients.
function clampSafe(value: number): number {
  return Math.min(Math.max(value, -Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
}
