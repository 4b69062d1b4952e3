import { describe, expect, it } from 'vitest';
import { addChecks, noChecks } from './batch-checks.js';

describe('batch checks', () => {
  it('adds every count of one batch to a total, starting from zero', () => {
    const total = noChecks();
    addChecks(total, { values: 10, typeMismatches: 1, duplicateKeys: 2, references: 3, orphanReferences: 4, requiredValues: 5, missingValues: 6, failingRecords: 7 });
    addChecks(total, { values: 1, typeMismatches: 1, duplicateKeys: 1, references: 1, orphanReferences: 1, requiredValues: 1, missingValues: 1, failingRecords: 1 });
    expect(total).toEqual({ values: 11, typeMismatches: 2, duplicateKeys: 3, references: 4, orphanReferences: 5, requiredValues: 6, missingValues: 7, failingRecords: 8 });
    expect(noChecks()).toEqual({ values: 0, typeMismatches: 0, duplicateKeys: 0, references: 0, orphanReferences: 0, requiredValues: 0, missingValues: 0, failingRecords: 0 });
  });
});
