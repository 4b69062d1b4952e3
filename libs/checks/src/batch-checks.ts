import type { BatchChecks } from '../../proto/src/grpc-js/datagen/v1/generator_service.js';

// Every count of BatchChecks adds up across batches, shards and datasets (generator_service.proto):
// the gateway sums what it streamed, the generator what it wrote into a shard.

export function noChecks(): BatchChecks {
  return { values: 0, typeMismatches: 0, duplicateKeys: 0, references: 0, orphanReferences: 0, requiredValues: 0, missingValues: 0, failingRecords: 0 };
}

const CHECK_NAMES = Object.keys(noChecks()) as (keyof BatchChecks)[];

export function addChecks(total: BatchChecks, checks: BatchChecks): void {
  for (const name of CHECK_NAMES) total[name] += checks[name];
}
