import type { BatchChecks, GenerateRecordsResponse } from '../../proto/src/grpc-js/datagen/v1/generator_service.js';
import type { DatasetCounts } from '../../proto/src/grpc-js/datagen/v1/job_service.js';

const NO_CHECKS: BatchChecks = {
  values: 0,
  typeMismatches: 0,
  duplicateKeys: 0,
  references: 0,
  orphanReferences: 0,
  requiredValues: 0,
  missingValues: 0,
  failingRecords: 0,
};
const CHECK_NAMES = Object.keys(NO_CHECKS) as (keyof BatchChecks)[];

// What the generators reported about the records they sent: defects by kind and the counts
// they kept of the validation checks. Batches add up into shards, shards into datasets,
// datasets into the response; a job's stored counts give the same for its datasets.
export class BatchStats {
  readonly defects = new Map<string, number>();
  readonly checks: BatchChecks = { ...NO_CHECKS };
  records = 0;

  static fromCounts(counts: DatasetCounts): BatchStats {
    const stats = new BatchStats();
    stats.records = counts.records;
    for (const [kind, count] of Object.entries(counts.defectCounts)) stats.defects.set(kind, count);
    if (counts.checks) stats.addChecks(counts.checks);
    return stats;
  }

  addBatch(batch: GenerateRecordsResponse): void {
    this.records += batch.count;
    for (const [kind, count] of Object.entries(batch.defectCounts)) this.defects.set(kind, (this.defects.get(kind) ?? 0) + count);
    if (batch.checks) this.addChecks(batch.checks);
  }

  add(other: BatchStats): void {
    this.records += other.records;
    for (const [kind, count] of other.defects) this.defects.set(kind, (this.defects.get(kind) ?? 0) + count);
    this.addChecks(other.checks);
  }

  defectsByKind(): Record<string, number> {
    return Object.fromEntries([...this.defects].sort(([a], [b]) => a.localeCompare(b)));
  }

  private addChecks(checks: BatchChecks): void {
    for (const name of CHECK_NAMES) this.checks[name] += checks[name];
  }
}
