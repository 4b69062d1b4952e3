import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { PlanCache, type PlanCacheKey } from './plan-cache.js';

const plan = (prompt: string): Plan => ({ datasets: [], seed: 1, realityLevel: 3, warnings: [], prompt, planner: 'openai', domain: '', locale: '' });
const key = (prompt: string, overrides: Partial<PlanCacheKey> = {}): PlanCacheKey => ({
  planner: 'openai',
  model: 'gpt-test',
  apiKey: 'sk-one',
  request: { prompt, seed: 9 },
  ...overrides,
});

describe('PlanCache', () => {
  it("serves a plan for the same request and key, with the request's seed", () => {
    const cache = new PlanCache(4, 1_000);
    cache.set(key('a'), plan('a'));
    expect(cache.get(key('a'))).toEqual({ ...plan('a'), seed: 9 });
  });

  it('keeps plans apart by key, model and every planning parameter', () => {
    const cache = new PlanCache(4, 1_000);
    cache.set(key('a'), plan('a'));
    expect(cache.get(key('a', { apiKey: 'sk-two' }))).toBeUndefined();
    expect(cache.get(key('a', { model: 'other' }))).toBeUndefined();
    expect(cache.get(key('a', { request: { prompt: 'a', seed: 9, datasets: 2 } }))).toBeUndefined();
    expect(cache.get(key('a', { request: { prompt: 'a', seed: 9, datasetSize: 10 } }))).toBeUndefined();
    expect(cache.get(key('a', { request: { prompt: 'a', seed: 9, reality: 0 } }))).toBeUndefined();
  });

  it('forgets the least recently used plan beyond its capacity', () => {
    const cache = new PlanCache(2, 1_000);
    cache.set(key('a'), plan('a'));
    cache.set(key('b'), plan('b'));
    cache.get(key('a'));
    cache.set(key('c'), plan('c'));
    expect([cache.get(key('a')), cache.get(key('b')), cache.get(key('c'))].map((found) => found?.prompt)).toEqual(['a', undefined, 'c']);
  });

  it('forgets plans older than its time to live', () => {
    let now = 0;
    const cache = new PlanCache(2, 1_000, () => now);
    cache.set(key('a'), plan('a'));
    now = 1_000;
    expect(cache.get(key('a'))).toBeUndefined();
  });

  it('keeps nothing with a capacity of 0', () => {
    const cache = new PlanCache(0, 1_000);
    cache.set(key('a'), plan('a'));
    expect(cache.get(key('a'))).toBeUndefined();
  });
});
