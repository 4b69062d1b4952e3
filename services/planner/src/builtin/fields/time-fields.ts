import type { FieldRule, FieldSpec } from './field-spec.js';
import { ACTIVITY_DATES, FUTURE_DATES, HISTORY_DATES, date, integer, rule, timestamp } from './recipes.js';

// Dates that record how long something has existed reach further back than activity.
const HISTORY = /(since|hire|hired|opened|joined|founded|signup|sign_up|registration|registered|created|installed|listed|enrolled|established|start)/;
const FUTURE = /(expiry|expiration|expires|valid_until|valid_to|renewal|expected)/;
// Outcomes that have not happened yet for part of the records.
const PENDING = /^(resolved|closed|cancelled|canceled|deleted|returned|acknowledged|completed|delivered|shipped|settled|discharge|paid|ended|end|first_response|graded|last_login)/;

export const TIME_FIELDS: readonly FieldRule[] = [
  rule(['founded_year', 'established_year', 'year_founded'], integer(1900, 2020)),
  rule(['release_year', 'published_year', 'publication_year', 'debut_year'], integer(1970, 2024)),
  rule(['year_built', 'built_year'], integer(1900, 2024)),
  rule(['model_year'], integer(2005, 2025)),
  rule(['*_year', 'year_*', 'year'], integer(2015, 2024)),
  rule(['month'], integer(1, 12)),
  rule(['*_date', 'date', 'date_*', '*_on', '*_since', 'since', 'valid_from', 'valid_until', 'valid_to', 'check_in', 'check_out', 'period_start', 'period_end', '*_period_start', '*_period_end'], (_, name) =>
    date(windowOf(name), pending(name)),
  ),
  rule(['*_at', '*_time', '*_timestamp', 'timestamp', 'datetime', 'time', 'created', 'updated', 'modified', 'reserved_for', 'last_seen', 'occurred'], (_, name) =>
    timestamp(windowOf(name), pending(name)),
  ),
];

function windowOf(name: string): readonly [string, string] {
  if (FUTURE.test(name)) return FUTURE_DATES;
  if (HISTORY.test(name)) return HISTORY_DATES;
  return ACTIVITY_DATES;
}

function pending(name: string): Omit<FieldSpec, 'generator' | 'dates'> {
  return PENDING.test(name) ? { nullRate: 0.1 } : {};
}
