import { Embedding, OutputFormat, SqlDialect } from '../libs/proto/src/nest/datagen/v1/generator_service.js';
import type { Plan } from '../libs/proto/src/nest/datagen/v1/plan.js';
import { openRecordStream } from '../services/generator/src/engine/record-stream.js';
import { referencePlan, type ReferenceVariant } from './reference-plans.js';

export const BATCH_SIZE = 1000;

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
