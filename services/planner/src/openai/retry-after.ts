// When OpenAI says nothing, a client should still wait long enough for a per-minute limit to
// recover in part.
export const DEFAULT_RETRY_AFTER_SECONDS = 20;
const MAX_RETRY_AFTER_SECONDS = 3600;

// Seconds to wait, from OpenAI's `retry-after-ms` or `retry-after` (seconds or an HTTP date).
export function retryAfterSeconds(headers: Headers | undefined, now = Date.now()): number {
  const millis = Number(headers?.get('retry-after-ms') ?? Number.NaN);
  const header = headers?.get('retry-after') ?? '';
  const seconds = Number.isFinite(millis) && millis > 0 ? millis / 1000 : header === '' ? Number.NaN : Number(header);
  const fromDate = Number.isFinite(seconds) ? seconds : (Date.parse(header) - now) / 1000;
  if (!Number.isFinite(fromDate) || fromDate <= 0) return DEFAULT_RETRY_AFTER_SECONDS;
  return Math.min(Math.ceil(fromDate), MAX_RETRY_AFTER_SECONDS);
}
