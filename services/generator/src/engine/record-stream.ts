import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { Embedding, OutputFormat, SqlDialect } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { embedInJsonString } from '../encoders/json-string-embedding.js';
import { ByteSink } from './byte-sink.js';
import { outputFormat } from '../encoders/output-format.js';
import type { RecordEncoder } from '../encoders/record-encoder.js';
import type { CompiledDataset } from './compiled-dataset.js';
import { compileAll } from './plan-compiler.js';
import { PlanError } from './plan-error.js';
import { readPlan } from './plan-reader.js';
import { enumValue, safeInteger } from './wire-values.js';

export { PlanError };

export interface RangeRequest {
  plan: Plan;
  dataset: string;
  offset: number;
  // 0 means up to the end of the dataset.
  count: number;
  format: OutputFormat;
  sqlDialect: SqlDialect;
  embedding: Embedding;
  // 0 means DEFAULT_BATCH_SIZE.
  batchSize: number;
}

export interface EncodedBatch {
  offset: number;
  count: number;
  data: Buffer;
}

export const DEFAULT_BATCH_SIZE = 1000;
const MAX_BATCH_SIZE = 100_000;

// Validates the request and compiles the whole plan before the first batch, so every
// problem surfaces as a PlanError from this call and none in the middle of a stream.
export function openRecordStream(request: RangeRequest): Iterator<EncodedBatch> {
  const plan = readPlan(request.plan);
  const format = enumValue(request.format, OutputFormat, 'The output format');
  const dialect = enumValue(request.sqlDialect, SqlDialect, 'The SQL dialect');
  const embedding = enumValue(request.embedding, Embedding, 'The embedding');
  const batchSize = safeInteger(request.batchSize, 'The batch size') || DEFAULT_BATCH_SIZE;
  if (batchSize > MAX_BATCH_SIZE) throw new PlanError(`The batch size must be at most ${MAX_BATCH_SIZE}, got ${batchSize}.`);
  const output = outputFormat(format, dialect);
  const dataset = compileAll(plan, output.syntax).dataset(String(request.dataset ?? ''));
  const size = dataset.dataset.size;
  const offset = safeInteger(request.offset, 'The offset');
  const count = safeInteger(request.count, 'The count');
  if (offset > size) throw new PlanError(`The offset ${offset} is past the end of dataset "${dataset.dataset.name}" (${size} records).`);
  const end = count === 0 ? size : offset + count;
  if (end > size) throw new PlanError(`The range ${offset}+${count} is past the end of dataset "${dataset.dataset.name}" (${size} records).`);
  const embedded = embedding === Embedding.EMBEDDING_JSON_STRING;
  return batches(dataset, output.encoder(dataset.table), offset, end, batchSize, embedded);
}

function* batches(
  dataset: CompiledDataset,
  encoder: RecordEncoder,
  start: number,
  end: number,
  batchSize: number,
  embedded: boolean,
): Generator<EncodedBatch> {
  const size = dataset.dataset.size;
  const sink = new ByteSink();
  if (size === 0) {
    sink.bytes(encoder.preamble);
    sink.bytes(encoder.closing);
    yield { offset: 0, count: 0, data: embedded ? embedInJsonString(sink.view()) : sink.take() };
    return;
  }
  const separators = encoder.separators;
  for (let first = start; first < end; first += batchSize) {
    const last = Math.min(end, first + batchSize);
    if (first === 0) sink.bytes(encoder.preamble);
    for (let index = first; index < last; index++) {
      sink.bytes(encoder.recordStart(index));
      dataset.write(index, sink, separators);
      sink.bytes(encoder.recordEnd(index));
    }
    if (last === size) sink.bytes(encoder.closing);
    const data = embedded ? embedInJsonString(sink.view()) : sink.take();
    sink.length = 0;
    yield { offset: first, count: last - first, data };
  }
}
