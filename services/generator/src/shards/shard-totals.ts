import type { BatchChecks } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { addChecks, noChecks } from '../../../../libs/checks/src/batch-checks.js';
import type { EncodedBatch } from '../engine/record-stream.js';

// What a shard's batches wrote, summed as they are produced: the counts WriteShard answers
// with in place of the records.
export class ShardTotals {
  records = 0;
  readonly defectCounts: Record<string, number> = {};
  readonly checks: BatchChecks = noChecks();

  add(batch: EncodedBatch): void {
    this.records += batch.count;
    for (const [kind, count] of Object.entries(batch.defectCounts)) this.defectCounts[kind] = (this.defectCounts[kind] ?? 0) + count;
    addChecks(this.checks, batch.checks);
  }
}
