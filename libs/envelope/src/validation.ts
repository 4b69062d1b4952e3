import type { Plan } from '../../proto/src/grpc-js/datagen/v1/plan.js';
import { BatchStats } from './batch-stats.js';

// metadata.validation, from the counts the generators kept while writing the records (they
// know every value they wrote and every defect they injected; test/e2e/validation.test.ts
// measures the same from the parsed output). Four checks, each the share that passed:
//   type_conformance       1 - type_mismatches / values
//   key_uniqueness         1 - records repeating an earlier record's primary key / records
//   referential_integrity  1 - orphan_references / references (foreign keys not null)
//   completeness           1 - missing_values / required_values (values of the fields the
//                          plan does not declare nullable; null or empty is missing)
// validation_score is what a user meets: 10 × the share of records that pass every check,
// to one decimal. 10 for clean data; one record in ten with a blank required value makes 9.
export function measuredValidation(plan: Plan, perDataset: readonly BatchStats[]) {
  const total = new BatchStats();
  for (const stats of perDataset) total.add(stats);
  const { values, typeMismatches, duplicateKeys, references, orphanReferences, requiredValues, missingValues, failingRecords } = total.checks;
  const checks = {
    type_conformance: share(typeMismatches, values),
    key_uniqueness: share(duplicateKeys, total.records),
    referential_integrity: share(orphanReferences, references),
    completeness: share(missingValues, requiredValues),
  };
  return {
    entity_types_generated: plan.datasets.map((dataset) => dataset.name),
    validation_status: 'completed',
    validation_score: Math.round(share(failingRecords, total.records) * 100) / 10,
    checks: Object.fromEntries(Object.entries(checks).map(([name, value]) => [name, Math.round(value * 10_000) / 10_000])),
    // The counts behind the score and the checks, so they can be recomputed exactly.
    counts: {
      records: total.records,
      failing_records: failingRecords,
      values,
      type_mismatches: typeMismatches,
      duplicate_keys: duplicateKeys,
      references,
      orphan_references: orphanReferences,
      required_values: requiredValues,
      missing_values: missingValues,
    },
  };
}

function share(failed: number, total: number): number {
  return total === 0 ? 1 : Math.max(0, 1 - failed / total);
}
