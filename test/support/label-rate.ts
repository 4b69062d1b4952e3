import { expect } from 'vitest';

// Asserts the share of `records` whose `label` is true is `expected`, within five standard
// errors of a binomial share: a wrong rate fails, and chance alone fails a right one about
// once in 1.7 million runs.
export function expectLabelRate(records: readonly Record<string, unknown>[], label: string, expected: number): void {
  expect(records.length, `records to measure ${label} on`).toBeGreaterThan(1000);
  const rate = records.filter((record) => record[label] === true).length / records.length;
  const tolerance = 5 * Math.sqrt((expected * (1 - expected)) / records.length);
  expect(Math.abs(rate - expected), `${label}: ${rate} of ${records.length} records, ${expected} expected`).toBeLessThanOrEqual(tolerance);
}
