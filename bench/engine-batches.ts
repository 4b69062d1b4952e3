import { Embedding, OutputFormat, SqlDialect } from '../libs/proto/src/nest/datagen/v1/generator_service.js';
import type { Plan } from '../libs/proto/src/nest/datagen/v1/plan.js';
import { DEFAULT_BATCH_SIZE, openRecordStream } from '../services/generator/src/engine/record-stream.js';
import { referencePlan, type ReferenceVariant } from './reference-plans.js';

// The generators' own, so the engine is timed as it runs in a stream.
export const BATCH_SIZE = DEFAULT_BATCH_SIZE;

// The reference schemas through the engine alone, batch by batch, for the benches that time it.
export function engineBatches(dataset: string, count: number, format = OutputFormat.OUTPUT_FORMAT_JSON, variant: ReferenceVariant = {}): Iterator<{ length: number }> {
  return planBatches(referencePlan(count, variant), dataset, format);
}

// Any plan's dataset through the engine alone, batch by batch.
export function planBatches(plan: Plan, dataset: string, format = OutputFormat.OUTPUT_FORMAT_JSON): Iterator<{ length: number }> {
  const stream = openRecordStream({
    plan,
    dataset,
    offset: 0,
    count: 0,
    format,
    sqlDialect: SqlDialect.SQL_DIALECT_POSTGRES,
    embedding: Embedding.EMBEDDING_RAW,
    batchSize: BATCH_SIZE,
  });
  return {
    next: () => {
      const next = stream.next();
      return next.done ? { done: true, value: undefined } : { done: false, value: next.value.data };
    },
  };
}
