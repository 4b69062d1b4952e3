import { describe, expect, it } from 'vitest';
import { GENERATOR_CATALOGUE } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { atLevel, cataloguePlan, run } from '../../../../test/engine/plans.js';
import { DEFECT_KINDS } from './defect-kinds.js';
import { MAX_REALITY } from '../../../../libs/api/src/request-limits.js';
import { DEFECT_RATES } from './reality-levels.js';

// Every catalogue generator in one dataset, referencing another: every kind of field. But for
// the aggregate, whose children would reference the catalogue, and the rows of a referenced
// dataset are never copied (a copy would repeat a key they reference).
const SIZE = 4000;
const catalogue = cataloguePlan(
  SIZE,
  GENERATOR_CATALOGUE.map((entry) => entry.name).filter((name) => name !== 'aggregate'),
);
const LEVELS = Array.from({ length: MAX_REALITY + 1 }, (_, level) => level);
const measured = LEVELS.map((level) => run(atLevel(catalogue, level), 'catalogue'));

describe('defect rates measured per level', () => {
  it('injects nothing at levels 0-2, and level 0 is the clean output', () => {
    for (const level of [0, 1, 2]) {
      expect(measured[level]!.defects, `level ${level}`).toEqual({});
      expect(measured[level]!.data.equals(measured[0]!.data)).toBe(true);
      expect(measured[level]!.checks).toMatchObject({ typeMismatches: 0, duplicateKeys: 0, orphanReferences: 0, missingValues: 0, failingRecords: 0 });
    }
  });

  it('never lowers a kind as the level rises', () => {
    for (const kind of DEFECT_KINDS) {
      const counts = measured.map((result) => result.defects[kind] ?? 0);
      // A value broken at one level is broken at every level above, unless its whole row has
      // become a copy of another (the row defect then labels it): a few percent at most.
      counts.slice(1).forEach((count, level) => expect(count, `${kind}: ${counts.join(', ')}`).toBeGreaterThanOrEqual(Math.floor(counts[level]! * 0.95)));
      expect(counts[MAX_REALITY], kind).toBeGreaterThan(counts[3]!);
    }
  });

  it('shows every kind at level 10, orphans only at 9-10 and mojibake only at 10', () => {
    for (const kind of DEFECT_KINDS) expect(measured[MAX_REALITY]!.defects[kind] ?? 0, kind).toBeGreaterThan(0);
    LEVELS.forEach((level) => {
      const { defects, checks } = measured[level]!;
      if (level < 9) expect([defects.orphan_reference ?? 0, checks.orphanReferences], `level ${level}`).toEqual([0, 0]);
      // Rows that copy a record holding an orphan write it again: checked, labelled once.
      else expect(checks.orphanReferences).toBeGreaterThanOrEqual(defects.orphan_reference!);
      if (level < 10) expect(defects.encoding_glitch ?? 0).toBe(0);
    });
  });

  it('breaks about the share of values the table says', () => {
    const records = SIZE;
    const rate = (kind: keyof typeof DEFECT_RATES, level: number) => DEFECT_RATES[kind][level]!;
    for (const level of [3, 6, 10]) {
      // Nulls and row copies apply to every non-key field and every record alike.
      const nullable = catalogue.datasets[1]!.fields.filter((field) => !field.primaryKey).length;
      expectNear(measured[level]!.defects.null ?? 0, rate('null', level) * records * nullable, `null at ${level}`);
      expectNear(measured[level]!.defects.near_duplicate_row ?? 0, rate('near_duplicate_row', level) * records, `near duplicates at ${level}`);
      expectNear(measured[level]!.defects.duplicate_row ?? 0, rate('duplicate_row', level) * records, `duplicates at ${level}`);
    }
  });
});

// Within five standard deviations of a binomial count, and a little for rows turned copies.
function expectNear(count: number, expected: number, what: string): void {
  const tolerance = 5 * Math.sqrt(Math.max(expected, 1)) + expected * 0.05;
  expect(Math.abs(count - expected), `${what}: ${count} for ${expected.toFixed(1)}`).toBeLessThanOrEqual(tolerance);
}
