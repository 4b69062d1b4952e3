// Values read back from the literals the engine writes in JSON syntax, the bytes [start, end)
// of a batch, into what Parquet stores. Each returns undefined for a literal that is not a
// value of its kind. Reading a number's own digits keeps a decimal's units exact, where a
// binary float would round the largest ones.

export const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const POINT = 0x2e;
const ZERO = 0x30;
// Up to 15 digits, a whole number is exact as a double; more go through BigInt's own parsing.
const EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: EXACT_DIGITS + 1 }, (_, exponent) => 10 ** exponent);

// "null" is the only literal that starts with n.
export function isNull(bytes: Buffer, start: number): boolean {
  return bytes[start] === 0x6e;
}

// "-12.5" at scale 2 → -1250n: the digits written, padded to the scale. More decimals than the
// scale would need rounding, which is not reading. An integer is a decimal of scale 0.
export function decimalUnits(bytes: Buffer, start: number, end: number, scale: number): bigint | undefined {
  const negative = bytes[start] === MINUS;
  let units = 0;
  let digits = 0;
  let decimals = -1;
  for (let at = negative ? start + 1 : start; at < end; at++) {
    const byte = bytes[at]!;
    if (byte === POINT && decimals < 0 && digits > 0) {
      decimals = 0;
      continue;
    }
    const digit = byte - ZERO;
    if (digit < 0 || digit > 9) return undefined;
    units = units * 10 + digit;
    digits++;
    if (decimals >= 0) decimals++;
  }
  if (digits === 0 || decimals === 0 || decimals > scale) return undefined;
  const padding = scale - Math.max(decimals, 0);
  if (digits + padding <= EXACT_DIGITS) return BigInt((negative ? -units : units) * POWERS_OF_TEN[padding]!);
  const written = BigInt(bytes.toString('latin1', negative ? start + 1 : start, end).replace('.', '') + '0'.repeat(padding));
  return negative ? -written : written;
}

export function float(bytes: Buffer, start: number, end: number): number | undefined {
  const value = Number(bytes.toString('latin1', start, end));
  return Number.isNaN(value) ? undefined : value;
}

export function boolean(bytes: Buffer, start: number, end: number): boolean | undefined {
  if (end - start === 4 && bytes[start] === 0x74) return true;
  return end - start === 5 && bytes[start] === 0x66 ? false : undefined;
}

// "YYYY-MM-DD", quoted, as days since 1970-01-01.
export function epochDay(bytes: Buffer, start: number, end: number): number | undefined {
  return end - start === 12 && bytes[end - 1] === QUOTE ? dayOf(bytes, start) : undefined;
}

// "YYYY-MM-DDThh:mm:ssZ", quoted, as microseconds since the epoch.
export function epochMicroseconds(bytes: Buffer, start: number, end: number): bigint | undefined {
  if (end - start !== 22 || bytes[end - 1] !== QUOTE || bytes[start + 11] !== 0x54 || bytes[start + 14] !== 0x3a || bytes[start + 17] !== 0x3a || bytes[start + 20] !== 0x5a) {
    return undefined;
  }
  const day = dayOf(bytes, start);
  const hours = twoDigits(bytes, start + 12);
  const minutes = twoDigits(bytes, start + 15);
  const seconds = twoDigits(bytes, start + 18);
  if (day === undefined || !(hours <= 23 && minutes <= 59 && seconds <= 59)) return undefined;
  return BigInt(day * 86_400 + (hours * 60 + minutes) * 60 + seconds) * 1_000_000n;
}

// Whether the inside of a JSON string, [start, end), escapes any character.
export function hasEscapes(bytes: Buffer, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (bytes[at] === BACKSLASH) return true;
  return false;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Days since 1970-01-01 of the quoted literal at `start` that begins "YYYY-MM-DD; undefined when
// it does not, or names a day that does not exist.
function dayOf(bytes: Buffer, start: number): number | undefined {
  if (bytes[start] !== QUOTE || bytes[start + 5] !== MINUS || bytes[start + 8] !== MINUS) return undefined;
  const year = twoDigits(bytes, start + 1) * 100 + twoDigits(bytes, start + 3);
  const month = twoDigits(bytes, start + 6);
  const day = twoDigits(bytes, start + 9);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1]! + (month === 2 && leap ? 1 : 0))) return undefined;
  return daysFromCivil(year, month, day);
}

// Howard Hinnant's days_from_civil: the proleptic Gregorian calendar in integer arithmetic.
function daysFromCivil(year: number, month: number, day: number): number {
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// The number two decimal digits at `at` spell; NaN if either is not a digit.
function twoDigits(bytes: Buffer, at: number): number {
  const tens = bytes[at]! - ZERO;
  const ones = bytes[at + 1]! - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : NaN;
}
