import { describe, expect, it } from 'vitest';
import { DEFECT_KINDS } from './defect-kinds.js';
import { MAX_REALITY } from '../../../../libs/api/src/request-limits.js';
import { DEFECT_RATES } from './reality-levels.js';

describe('reality level table', () => {
  it('has a rate for every kind at every level, never falling as the level rises', () => {
    for (const kind of DEFECT_KINDS) {
      const rates = DEFECT_RATES[kind];
      expect(rates, kind).toHaveLength(MAX_REALITY + 1);
      rates.slice(1).forEach((rate, level) => expect(rate, `${kind} at ${level + 1}`).toBeGreaterThanOrEqual(rates[level]!));
    }
  });

  it('follows the document: nothing at 0-2, orphans from 9, mojibake at 10 only', () => {
    for (const kind of DEFECT_KINDS) expect(DEFECT_RATES[kind].slice(0, 3), kind).toEqual([0, 0, 0]);
    expect(DEFECT_RATES.orphan_reference.slice(0, 9).every((rate) => rate === 0)).toBe(true);
    expect(DEFECT_RATES.encoding_glitch.slice(0, 10).every((rate) => rate === 0)).toBe(true);
    for (const kind of ['duplicate_row', 'near_duplicate_row', 'typo', 'empty_string'] as const) expect(DEFECT_RATES[kind][5], kind).toBe(0);
    for (const kind of DEFECT_KINDS) expect(DEFECT_RATES[kind][MAX_REALITY], kind).toBeGreaterThan(0);
  });
});
