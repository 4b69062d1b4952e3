import { describe, expect, it } from 'vitest';
import { BufferPool } from './buffer-pool.js';

describe('BufferPool', () => {
  it('hands back a released buffer that is large enough, and allocates when none is', () => {
    const pool = new BufferPool(1024 * 1024);
    const large = pool.acquire(200_000);
    const small = pool.acquire(10);
    pool.release(large);
    pool.release(small);
    expect(pool.acquire(100_000)).toBe(large);
    expect(pool.acquire(100_000)).not.toBe(small);
    expect(pool.acquire(10)).toBe(small);
  });

  it('keeps no more bytes than it was told to, however few buffers that is', () => {
    const pool = new BufferPool(300_000);
    const huge = pool.acquire(10_000_000);
    const first = pool.acquire(100_000);
    const second = pool.acquire(100_000);
    const third = pool.acquire(100_000);
    for (const buffer of [huge, first, second, third]) pool.release(buffer);
    expect(pool.acquire(1)).toBe(second);
    expect(pool.acquire(1)).toBe(first);
    expect([huge, third]).not.toContain(pool.acquire(1));
  });
});
