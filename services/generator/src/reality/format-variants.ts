import type { DefectDraws } from './defect-draws.js';

// The same value written the way another system, locale or form would write it. Each returns
// the variant's text, or undefined when the value does not have the expected shape. A variant
// of a typed value is never the canonical text of its type (validation counts it as a type
// mismatch, whatever the format: SQLite, for one, keeps "12.5" and 12.5 alike in a TEXT column).

// "1234.5" as "1,234.5" or "1.234,5": numbers typed by people, or exported by a spreadsheet.
// European whole numbers keep two decimals ("1.234,00": "1.234" would read as a decimal), and
// a number the US form leaves as it is ("12.5", "12") takes the European one.
export function numberAsText(digits: string, draws: DefectDraws): string {
  const grouped = groupedNumber(digits, draws.below(2) === 1);
  return grouped === digits ? groupedNumber(digits, true) : grouped;
}

function groupedNumber(digits: string, european: boolean): string {
  const point = digits.indexOf('.');
  const sign = digits[0] === '-' ? '-' : '';
  const whole = digits.slice(sign.length, point < 0 ? digits.length : point);
  let grouped = whole.slice(0, whole.length % 3 || 3);
  for (let at = grouped.length; at < whole.length; at += 3) grouped += (european ? '.' : ',') + whole.slice(at, at + 3);
  if (!european) return sign + grouped + (point < 0 ? '' : '.' + digits.slice(point + 1));
  return sign + grouped + ',' + (point < 0 ? '00' : digits.slice(point + 1));
}

// Not "1" and "0": SQLite stores true and false as 1 and 0, so they would pass for clean.
const BOOLEAN_SPELLINGS: readonly (readonly [string, string])[] = [
  ['yes', 'no'],
  ['Y', 'N'],
  ['T', 'F'],
];

export function booleanAsText(value: boolean, draws: DefectDraws): string {
  const [yes, no] = draws.pick(BOOLEAN_SPELLINGS);
  return value ? yes : no;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}):(\d{2})Z?)?$/;

type Parts = readonly [year: string, month: string, day: string, hours: string, minutes: string, seconds: string];

const DATE_FORMATS: readonly ((parts: Parts) => string)[] = [
  ([year, month, day]) => `${month}/${day}/${year}`,
  ([year, month, day]) => `${day}/${month}/${year}`,
  ([year, month, day]) => `${day}.${month}.${year}`,
  ([year, month, day]) => `${year}/${month}/${day}`,
  ([year, month, day]) => `${MONTHS[Number(month) - 1]} ${Number(day)}, ${year}`,
  ([year, month, day]) => `${year}${month}${day}`,
];

const TIMESTAMP_FORMATS: readonly ((parts: Parts) => string)[] = [
  ([year, month, day, hours, minutes, seconds]) => `${month}/${day}/${year} ${hours}:${minutes}:${seconds}`,
  ([year, month, day, hours, minutes]) => `${day}.${month}.${year} ${hours}:${minutes}`,
  ([year, month, day, hours, minutes, seconds]) => String(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds)) / 1000),
  ([year, month, day, hours, minutes, seconds]) => `${year}-${month}-${day}T${hours}:${minutes}:${seconds}+00:00`,
];

// A date or timestamp (ISO, or MySQL's "YYYY-MM-DD hh:mm:ss") in a format of another locale.
export function dateInOtherFormat(text: string, draws: DefectDraws): string | undefined {
  const match = INSTANT.exec(text);
  if (match === null) return undefined;
  const timed = match[4] !== undefined;
  const parts = match.slice(1, 7) as unknown as Parts;
  return draws.pick(timed ? TIMESTAMP_FORMATS : DATE_FORMATS)(parts);
}

const PHONE_FORMATS: readonly ((digits: string) => string)[] = [
  (digits) => `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`,
  (digits) => `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`,
  (digits) => `+1 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
  (digits) => digits,
];

// The phone's ten digits regrouped in another common way; an extension is dropped.
export function phoneInOtherFormat(text: string, draws: DefectDraws): string | undefined {
  const digits = text.split(/x/i)[0]!.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  if (digits.length !== 10) return undefined;
  const first = draws.below(PHONE_FORMATS.length);
  for (let step = 0; step < PHONE_FORMATS.length; step++) {
    const variant = PHONE_FORMATS[(first + step) % PHONE_FORMATS.length]!(digits);
    if (variant !== text) return variant;
  }
  return undefined;
}

const UUID_FORMATS: readonly ((uuid: string) => string)[] = [
  (uuid) => uuid.toUpperCase(),
  (uuid) => `{${uuid}}`,
  (uuid) => uuid.replace(/-/g, ''),
];

export function uuidInOtherFormat(text: string, draws: DefectDraws): string {
  const variant = draws.pick(UUID_FORMATS)(text);
  // A UUID of digits only has no upper case.
  return variant === text ? UUID_FORMATS[1]!(text) : variant;
}
