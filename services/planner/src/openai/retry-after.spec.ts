import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_AFTER_SECONDS, retryAfterSeconds } from './retry-after.js';

describe('retryAfterSeconds', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it.each([
    ['seconds', { 'retry-after': '7' }, 7],
    ['fractional seconds, rounded up', { 'retry-after': '1.2' }, 2],
    ['milliseconds, preferred', { 'retry-after-ms': '2500', 'retry-after': '9' }, 3],
    ['an HTTP date', { 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' }, 30],
    ['nothing', {}, DEFAULT_RETRY_AFTER_SECONDS],
    ['garbage', { 'retry-after': 'soon' }, DEFAULT_RETRY_AFTER_SECONDS],
    ['a date in the past', { 'retry-after': 'Tue, 31 Dec 2024 00:00:00 GMT' }, DEFAULT_RETRY_AFTER_SECONDS],
    ['an absurd wait, capped', { 'retry-after': '999999' }, 3600],
  ])('reads %s', (_case, headers, seconds) => {
    expect(retryAfterSeconds(new Headers(headers), now)).toBe(seconds);
  });
});
