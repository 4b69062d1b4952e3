import { describe, expect, it } from 'vitest';
import { applyPayloadRules } from './payload-rules.js';
import { PayloadViolation } from './payload-violation.js';
import type { PlanningRequest } from './planning-request.js';

const ECOMMERCE = ['customers', 'products', 'orders', 'reviews'];

function violation(request: PlanningRequest, entities: readonly string[]): PayloadViolation {
  try {
    applyPayloadRules(request, entities);
  } catch (error) {
    if (error instanceof PayloadViolation) return error;
    throw error;
  }
  throw new Error('expected a PayloadViolation');
}

describe('applyPayloadRules', () => {
  it('adjusts the dataset count to the entities with the documented warning', () => {
    const decision = applyPayloadRules({ prompt: 'x', datasets: 3, datasetSize: 1500, seed: 1 }, ECOMMERCE);
    expect(decision.datasets).toBe(4);
    expect(decision.warnings).toEqual(['Prompt mentions 4 entities (customers, products, orders, reviews) but datasets=3; generating 4 datasets']);
  });

  it('refuses a mismatch it cannot adjust with the documented issue and suggestions', () => {
    const error = violation({ prompt: 'x', datasets: 3, datasetSize: 1_500_000, seed: 1 }, ECOMMERCE);
    expect(error.issues).toEqual(['Prompt mentions 4 entities (customers, products, orders, reviews) but datasets=3']);
    expect(error.suggestions).toEqual(['Set datasets=4 to match entities in prompt', 'Or modify prompt to only mention 3 entities']);
  });

  it('refuses more than five entities against a given count', () => {
    const entities = ['a', 'b', 'c', 'd', 'e', 'f'];
    const error = violation({ prompt: 'x', datasets: 3, seed: 1 }, entities);
    expect(error.issues).toEqual(['Prompt mentions 6 entities (a, b, c, d, e, f) but datasets=3']);
    expect(error.suggestions).toEqual(['Modify prompt to only mention 3 entities (at most 5 datasets can be generated)']);
  });

  it('reports the per-dataset limit word for word with no suggestions', () => {
    const error = violation({ prompt: 'x', datasets: 3, datasetSize: 2_000_000, seed: 1 }, ['a', 'b', 'c']);
    expect(error.issues).toEqual(['Dataset size 2,000,000 exceeds limit. With 3 datasets, max size per dataset is 1,666,666']);
    expect(error.suggestions).toEqual([]);
  });

  it('checks the requested count against the size before reconciling entities', () => {
    const error = violation({ prompt: 'x', datasets: 3, datasetSize: 2_000_000, seed: 1 }, ECOMMERCE);
    expect(error.issues).toEqual(['Dataset size 2,000,000 exceeds limit. With 3 datasets, max size per dataset is 1,666,666']);
  });

  it('generates fewer datasets with a warning when the prompt names fewer entities', () => {
    const decision = applyPayloadRules({ prompt: 'x', datasets: 4, seed: 1 }, ['patients', 'appointments']);
    expect(decision.datasets).toBe(2);
    expect(decision.warnings).toEqual(['Prompt mentions 2 entities (patients, appointments) but datasets=4; generating 2 datasets']);
  });

  it('follows the prompt silently when the count was not given', () => {
    const decision = applyPayloadRules({ prompt: 'x', seed: 1 }, ECOMMERCE);
    expect(decision).toEqual({ datasets: 4, datasetSize: 1000, realityLevel: 3, warnings: [] });
  });

  it('keeps the requested or default count when the prompt names no entity', () => {
    expect(applyPayloadRules({ prompt: 'x', seed: 1 }, []).datasets).toBe(2);
    expect(applyPayloadRules({ prompt: 'x', datasets: 5, seed: 1 }, []).datasets).toBe(5);
  });

  it('completes a described system with its usual datasets up to the count, or as many as fit', () => {
    const usual = ['riders', 'drivers', 'trips', 'vehicles', 'payments', 'ratings'];
    expect(applyPayloadRules({ prompt: 'x', seed: 1 }, [], usual).datasets).toBe(5);
    expect(applyPayloadRules({ prompt: 'x', datasetSize: 2_000_000, seed: 1 }, [], usual).datasets).toBe(2);
    expect(applyPayloadRules({ prompt: 'x', datasets: 3, seed: 1 }, ['trips'], usual).datasets).toBe(3);
    expect(applyPayloadRules({ prompt: 'x', seed: 1 }, ['courses', 'registrations'], ['students', 'instructors'])).toEqual({ datasets: 4, datasetSize: 1000, realityLevel: 3, warnings: [] });
  });

  it('refuses a size the entities of an unsized request cannot share', () => {
    const error = violation({ prompt: 'x', datasetSize: 2_000_000, seed: 1 }, ['a', 'b', 'c']);
    expect(error.issues).toEqual(['Dataset size 2,000,000 exceeds limit. With 3 datasets, max size per dataset is 1,666,666']);
    expect(error.suggestions).toEqual(['Set dataset_size to at most 1,666,666', 'Or modify prompt to only mention 2 entities']);
  });

  it('reports every out-of-range parameter at once', () => {
    const error = violation({ prompt: 'x', datasets: 0, datasetSize: 6_000_000, reality: 11, seed: 1 }, []);
    expect(error.issues).toEqual([
      'datasets=0 is out of range: it must be a whole number from 1 to 5',
      'dataset_size=6,000,000 is out of range: it must be a whole number from 1 to 5,000,000',
      'reality=11 is out of range: it must be a whole number from 0 to 10',
    ]);
    expect(error.suggestions).toHaveLength(3);
  });

  it('refuses fractional counts and an empty prompt', () => {
    expect(violation({ prompt: 'x', datasets: 2.5, seed: 1 }, []).issues).toEqual(['datasets=2.5 is out of range: it must be a whole number from 1 to 5']);
    expect(violation({ prompt: '   ', seed: 1 }, []).issues).toEqual(['Prompt is empty']);
  });

  it('accepts the limits themselves', () => {
    expect(applyPayloadRules({ prompt: 'x', datasets: 1, datasetSize: 5_000_000, reality: 0, seed: 1 }, []).datasetSize).toBe(5_000_000);
    expect(applyPayloadRules({ prompt: 'x', datasets: 5, datasetSize: 1_000_000, reality: 10, seed: 1 }, []).realityLevel).toBe(10);
  });
});
