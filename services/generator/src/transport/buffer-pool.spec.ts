import { describe, expect, it } from 'vitest';
import { BufferPool } from './buffer-pool.js';

describe('BufferPool', () => {
  it('hands back a released buffer that is large enough, and allocates when none is', () => {
    const pool = new BufferPool(2);
    const large = pool.acquire(200_000);
    const small = pool.acquire(10);
    pool.release(large);
    pool.release(small);
    expect(pool.acquire(100_000)).toBe(large);
    expect(pool.acquire(100_000)).not.toBe(small);
    expect(pool.acquire(10)).toBe(small);
  });

  it('keeps no more than it was told to', () => {
    const pool = new BufferPool(1);
    const first = pool.acquire(10);
    const second = pool.acquire(10);
    pool.release(first);
    pool.release(second);
    expect(pool.acquire(10)).toBe(first);
    expect(pool.acquire(10)).not.toBe(second);
  });
});
