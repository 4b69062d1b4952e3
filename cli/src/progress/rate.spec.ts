import { describe, expect, it } from 'vitest';
import { Rate } from './rate.js';

describe('Rate', () => {
  it('counts an item from when it starts moving to its latest progress, not the time it waited or sat finished', () => {
    const rate = new Rate();
    expect(rate.perSecond('orders', 0, 0)).toBe(0);
    // Waits its turn for ten seconds.
    expect(rate.perSecond('orders', 0, 10_000)).toBe(0);
    expect(rate.perSecond('orders', 500, 11_000)).toBe(500);
    expect(rate.perSecond('orders', 1000, 12_000)).toBe(500);
    // Finished; the others go on for a minute.
    expect(rate.perSecond('orders', 1000, 72_000)).toBe(500);
    expect(Rate.secondsLeft(500, 1000, 500)).toBe(1);
    expect(Rate.secondsLeft(0, 1000, 0)).toBeUndefined();
  });
});
