import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './webhook-retry-schedule.js';

const DEFAULTS = { baseMs: 20_000, maxAttempts: 6 };

describe('retryDelayMs', () => {
  it('doubles the wait after each failed try and stops after the last, about 10 minutes in all', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(attempt, DEFAULTS, () => 0.5));
    expect(delays).toEqual([20_000, 40_000, 80_000, 160_000, 320_000, undefined]);
    expect(delays.reduce<number>((sum, delay) => sum + (delay ?? 0), 0)).toBe(620_000);
  });

  it('moves each wait by at most a tenth either way', () => {
    expect(retryDelayMs(3, DEFAULTS, () => 0)).toBe(72_000);
    expect(retryDelayMs(3, DEFAULTS, () => 0.999_999)).toBe(88_000);
  });

  it('ends after one try when one is all that is allowed', () => {
    expect(retryDelayMs(1, { baseMs: 20_000, maxAttempts: 1 })).toBeUndefined();
  });
});
