import { describe, expect, it } from 'vitest';
import { newField } from '../../../../../libs/plan/src/field-defaults.js';
import { Distribution, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { normalCdf } from './normal-cdf.js';
import { probabilityAtLeast } from './numeric-tail.js';

// A seeded uniform draw, so the simulation is the same on every run.
function uniformDraws(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

// The generator's bell-shaped sampling as services/generator/src/fields/numeric-sampler.ts
// writes it: rounded to units, redrawn up to four times, clamped after the last.
function simulatedShare(draw: () => number, minUnits: number, maxUnits: number, thresholdUnits: number): number {
  let hits = 0;
  const samples = 400_000;
  for (let sample = 0; sample < samples; sample++) {
    let units = 0;
    for (let attempt = 0; attempt < 4; attempt++) {
      units = Math.round(draw());
      if (units >= minUnits && units <= maxUnits) break;
    }
    units = Math.min(maxUnits, Math.max(minUnits, units));
    if (units >= thresholdUnits) hits++;
  }
  return hits / samples;
}

describe('probabilityAtLeast', () => {
  it('counts the whole units of a uniform range', () => {
    const field = newField('job_satisfaction', 'number.integer', { type: LogicalType.LOGICAL_TYPE_INTEGER, numericRange: { min: 1, max: 4, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 } });
    expect(probabilityAtLeast(field, 2)).toBe(0.75);
    expect(probabilityAtLeast(field, 1)).toBe(1);
    expect(probabilityAtLeast(field, 5)).toBe(0);
  });

  it('matches a simulation of the generator’s log-normal draws, redrawn and clamped', () => {
    const next = uniformDraws(3);
    const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    const [min, max, mean, stddev] = [0, 12, 1.5, 1.5];
    const sigma = Math.sqrt(Math.log(1 + (stddev * stddev) / (mean * mean)));
    const mu = Math.log(mean) - (sigma * sigma) / 2;
    const field = newField('support_tickets', 'number.integer', { type: LogicalType.LOGICAL_TYPE_INTEGER, numericRange: { min, max, distribution: Distribution.DISTRIBUTION_LOG_NORMAL, mean, stddev } });
    const simulated = simulatedShare(() => min + Math.exp(mu + sigma * gaussian()), min, max, 3);
    expect(probabilityAtLeast(field, 3)).toBeCloseTo(simulated, 2);
  });

  it('matches a simulation of the generator’s normal draws for decimals', () => {
    const next = uniformDraws(5);
    const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    const field = newField('temperature', 'number.decimal', { type: LogicalType.LOGICAL_TYPE_DECIMAL, scale: 1, numericRange: { min: -10, max: 45, distribution: Distribution.DISTRIBUTION_NORMAL, mean: 21, stddev: 6 } });
    const simulated = simulatedShare(() => (21 + 6 * gaussian()) * 10, -100, 450, 350);
    expect(probabilityAtLeast(field, 35)).toBeCloseTo(simulated, 3);
  });

  it('says nothing of a field its range does not make', () => {
    expect(probabilityAtLeast(newField('name', 'person.full_name', { type: LogicalType.LOGICAL_TYPE_STRING }), 1)).toBeUndefined();
  });
});

describe('normalCdf', () => {
  it('agrees with tabulated values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 14);
  });
});
