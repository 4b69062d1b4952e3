import { createHmac, randomBytes } from 'node:crypto';
import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { PlanningRequest } from '../rules/planning-request.js';

// What makes two planning requests identical. The seed is not part of it (a cached plan
// takes the request's seed), and the API key is, but only through a keyed hash: a plan made
// with one key is never served to a request carrying another (or a wrong) key, so a cached
// plan can never let a bad key succeed, and the cache holds nothing a key could be recovered
// or confirmed from (the hash secret is random per process and never leaves it).
export interface PlanCacheKey {
  readonly planner: string;
  readonly model: string;
  readonly apiKey: string;
  readonly request: PlanningRequest;
}

interface Entry {
  readonly plan: Plan;
  readonly expiresAt: number;
}

// A small in-process LRU of plans with an expiry, so a key revoked upstream stops being
// served cached plans after `ttlMs` at most.
export class PlanCache {
  private readonly secret = randomBytes(32);
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly capacity: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  // The cached plan with the request's seed, or undefined.
  get(key: PlanCacheKey): Plan | undefined {
    const hash = this.hash(key);
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    this.entries.delete(hash);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(hash, entry);
    return { ...entry.plan, seed: key.request.seed };
  }

  set(key: PlanCacheKey, plan: Plan): void {
    if (this.capacity === 0) return;
    const hash = this.hash(key);
    this.entries.delete(hash);
    this.entries.set(hash, { plan, expiresAt: this.now() + this.ttlMs });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  private hash({ planner, model, apiKey, request }: PlanCacheKey): string {
    const identity = [planner, model, apiKey, request.prompt, request.datasets ?? null, request.datasetSize ?? null, request.reality ?? null];
    return createHmac('sha256', this.secret).update(JSON.stringify(identity)).digest('hex');
  }
}
