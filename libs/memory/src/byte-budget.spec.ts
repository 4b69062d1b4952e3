import { afterEach, describe, expect, it, vi } from 'vitest';
import { BudgetWaitTimeout, ByteBudget } from './byte-budget.js';

// Settles every promise callback queued so far.
const settled = () => new Promise((resolve) => setImmediate(resolve));

function track(promise: Promise<void>, order: string[], name: string): Promise<void> {
  return promise.then(
    () => void order.push(name),
    (error: unknown) => void order.push(error instanceof BudgetWaitTimeout ? `${name} rejected` : `${name} failed`),
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ByteBudget', () => {
  it('grants what fits at once and makes the rest wait until bytes are released', async () => {
    const budget = new ByteBudget(100);
    const order: string[] = [];
    await budget.acquire(60);
    const waiting = track(budget.acquire(50), order, 'second');
    await settled();
    expect(order).toEqual([]);
    expect(budget.inUse).toBe(60);
    budget.release(60);
    await waiting;
    expect(order).toEqual(['second']);
    expect(budget.inUse).toBe(50);
  });

  it('serves waiters first come, first served, even when a later one would fit sooner', async () => {
    const budget = new ByteBudget(100);
    const order: string[] = [];
    await budget.acquire(90);
    const large = track(budget.acquire(80), order, 'large');
    const small = track(budget.acquire(5), order, 'small');
    expect(budget.tryAcquire(5)).toBe(false);
    await settled();
    expect(order).toEqual([]);
    budget.release(90);
    await Promise.all([large, small]);
    expect(order).toEqual(['large', 'small']);
    expect(budget.inUse).toBe(85);
  });

  it('rejects a wait whose deadline passes, and lets the waiters behind it move up', async () => {
    vi.useFakeTimers();
    const budget = new ByteBudget(100);
    const order: string[] = [];
    await budget.acquire(50);
    const blocked = track(budget.acquire(80, { deadline: Date.now() + 1_000 }), order, 'blocked');
    const behind = track(budget.acquire(40), order, 'behind');
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all([blocked, behind]);
    expect(order).toEqual(['blocked rejected', 'behind']);
    expect(budget.inUse).toBe(90);
    expect(budget.waiting).toBe(0);
  });

  it('rejects at once when the deadline has already passed and there is no room', async () => {
    const budget = new ByteBudget(10);
    await budget.acquire(10);
    await expect(budget.acquire(1, { deadline: Date.now() - 1 })).rejects.toBeInstanceOf(BudgetWaitTimeout);
    expect(budget.waiting).toBe(0);
  });

  it('gives up a wait when its signal aborts, holding nothing', async () => {
    const budget = new ByteBudget(10);
    await budget.acquire(10);
    const abort = new AbortController();
    const waiting = budget.acquire(5, { signal: abort.signal });
    abort.abort(new Error('client left'));
    await expect(waiting).rejects.toThrow('client left');
    budget.release(10);
    expect(budget.inUse).toBe(0);
    expect(budget.waiting).toBe(0);
  });

  it('grants a request larger than the whole budget once the budget is empty, so it cannot wait forever', async () => {
    const budget = new ByteBudget(100);
    const order: string[] = [];
    await budget.acquire(30);
    const huge = track(budget.acquire(500), order, 'huge');
    await settled();
    expect(order).toEqual([]);
    budget.release(30);
    await huge;
    expect(order).toEqual(['huge']);
    expect(budget.inUse).toBe(500);
  });

  it('counts charged bytes past the capacity and makes acquisitions wait until it is back below', async () => {
    const budget = new ByteBudget(100);
    const order: string[] = [];
    budget.charge(150);
    expect(budget.inUse).toBe(150);
    const waiting = track(budget.acquire(20), order, 'after charge');
    budget.release(50);
    await settled();
    expect(order).toEqual([]);
    budget.release(30);
    await waiting;
    expect(order).toEqual(['after charge']);
    expect(budget.inUse).toBe(90);
  });

  it('never deadlocks holders that release what they hold: every waiter is served in the end', async () => {
    const budget = new ByteBudget(64);
    const sizes = [40, 64, 8, 33, 1, 64, 20, 50, 7, 64, 100, 3];
    const served: number[] = [];
    await Promise.all(
      sizes.map(async (bytes, index) => {
        await budget.acquire(bytes);
        served.push(index);
        await settled();
        budget.release(bytes);
      }),
    );
    expect(served).toEqual(sizes.map((_, index) => index));
    expect(budget.inUse).toBe(0);
  });

  it('refuses to release more than it holds', () => {
    const budget = new ByteBudget(10);
    budget.charge(3);
    expect(() => budget.release(4)).toThrow(RangeError);
  });
});
