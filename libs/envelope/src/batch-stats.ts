import type { BatchChecks, GenerateRecordsResponse } from '../../proto/src/grpc-js/datagen/v1/generator_service.js';
import type { DatasetCounts } from '../../proto/src/grpc-js/datagen/v1/job_service.js';
import { addChecks, noChecks } from '../../checks/src/batch-checks.js';

// What the generators reported about the records they sent: defects by kind and the counts
// they kept of the validation checks. Batches add up into shards, shards into datasets,
// datasets into the response; a job's stored counts give the same for its datasets.
export class BatchStats {
  readonly defects = new Map<string, number>();
  readonly checks: BatchChecks = noChecks();
  records = 0;

  static fromCounts(counts: DatasetCounts): BatchStats {
    const stats = new BatchStats();
    stats.records = counts.records;
    for (const [kind, count] of Object.entries(counts.defectCounts)) stats.defects.set(kind, count);
    if (counts.checks) addChecks(stats.checks, counts.checks);
    return stats;
  }

  addBatch(batch: GenerateRecordsResponse): void {
    this.records += batch.count;
    for (const [kind, count] of Object.entries(batch.defectCounts)) this.defects.set(kind, (this.defects.get(kind) ?? 0) + count);
    if (batch.checks) addChecks(this.checks, batch.checks);
  }

  add(other: BatchStats): void {
    this.records += other.records;
    for (const [kind, count] of other.defects) this.defects.set(kind, (this.defects.get(kind) ?? 0) + count);
    addChecks(this.checks, other.checks);
  }

  defectsByKind(): Record<string, number> {
    return Object.fromEntries([...this.defects].sort(([a], [b]) => a.localeCompare(b)));
  }
}
