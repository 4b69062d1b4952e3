// Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Dates never depend on the
// clock or the time zone of the machine.

export const SECONDS_PER_DAY = 86400;

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// The day number of an ISO date (YYYY-MM-DD, years 1000-9999), or undefined if it is not a real date.
export function parseIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / 86_400_000;
}

// Howard Hinnant's civil_from_days: no Date object per value.
export function isoDate(dayNumber: number): string {
  const date = civilDate(dayNumber);
  const year = Math.floor(date / 10000);
  return year + '-' + TWO_DIGITS[Math.floor(date / 100) - year * 100] + '-' + TWO_DIGITS[date % 100];
}

// Whole years from one day to another (an age): the calendar's, birthdays on 29 February
// falling on 1 March in other years.
export function yearsBetween(fromDay: number, toDay: number): number {
  return Math.floor((civilDate(toDay) - civilDate(fromDay)) / 10000);
}

// The date as the number YYYYMMDD, whose differences count whole years in their ten-thousands.
function civilDate(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10000 + month * 100 + day;
}

// 0..99 as exactly two digits.
export function twoDigits(value: number): string {
  return TWO_DIGITS[value]!;
}
