import type { DefectDraws } from './defect-draws.js';

// Values of the right type that no sane process produced: a price a thousand times too high,
// a negative quantity, a birth date of 1900-01-01.

const FACTORS = [1000, 100, -1];
const SENTINEL = '999999';

export function numericOutlier(digits: string, draws: DefectDraws): string {
  const value = Number(digits);
  const decimals = /\.(\d+)$/.exec(digits)?.[1]?.length ?? 0;
  const outlier = (value * draws.pick(FACTORS)).toFixed(decimals);
  return outlier === digits || Number(outlier) === value ? SENTINEL : outlier;
}

// Placeholder dates that systems write when they know nothing better.
const SENTINEL_DAYS = ['1900-01-01', '1970-01-01', '2099-12-31', '9999-12-31'];

// Keeps the clean value's form (date, ISO or MySQL timestamp); only the instant is absurd.
export function dateOutlier(text: string, draws: DefectDraws): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const day = draws.pick(SENTINEL_DAYS);
  const outlier = day + text.slice(10).replace(/\d{2}:\d{2}:\d{2}/, '00:00:00');
  return outlier === text ? undefined : outlier;
}
