import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { BatchStats } from './batch-stats.js';

// metadata.validation, from what the generators measured on the records as they wrote them.
// Four checks, each the share of values that passed:
//   type_conformance       1 - type_mismatches / values
//   key_uniqueness         1 - duplicate_keys / records
//   referential_integrity  1 - orphan_references / references
//   completeness           1 - values the reality level blanked (null or empty) / values
// (nulls the plan itself asks for, through null_rate, are data, not missing values).
// validation_score is 10 × their mean, to one decimal: 10 for clean data, lower as the
// reality level breaks more.
export function measuredValidation(plan: Plan, perDataset: readonly BatchStats[]) {
  const total = new BatchStats();
  for (const stats of perDataset) total.add(stats);
  const { values, typeMismatches, duplicateKeys, references, orphanReferences } = total.checks;
  const blanked = (total.defects.get('null') ?? 0) + (total.defects.get('empty_string') ?? 0);
  const checks = {
    type_conformance: share(typeMismatches, values),
    key_uniqueness: share(duplicateKeys, total.records),
    referential_integrity: share(orphanReferences, references),
    completeness: share(blanked, values),
  };
  const mean = Object.values(checks).reduce((sum, value) => sum + value, 0) / 4;
  return {
    entity_types_generated: plan.datasets.map((dataset) => dataset.name),
    validation_status: 'completed',
    validation_score: Math.round(mean * 100) / 10,
    checks: Object.fromEntries(Object.entries(checks).map(([name, value]) => [name, Math.round(value * 10_000) / 10_000])),
  };
}

function share(failed: number, total: number): number {
  return total === 0 ? 1 : Math.max(0, 1 - failed / total);
}
