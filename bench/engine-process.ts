import { Embedding, OutputFormat, SqlDialect } from '../libs/proto/src/nest/datagen/v1/generator_service.js';
import { openRecordStream } from '../services/generator/src/engine/record-stream.js';
import { referencePlan } from './reference-plans.js';

// Run as a process of its own by core-ceiling.ts: the reference orders through the engine,
// with no network and no other process involved, and its records/s printed on stdout.
const WARM_UP = 100_000;
const records = Number(process.argv[2]);
const stream = openRecordStream({
  plan: referencePlan(WARM_UP + records),
  dataset: 'orders',
  offset: 0,
  count: 0,
  format: OutputFormat.OUTPUT_FORMAT_JSON,
  sqlDialect: SqlDialect.SQL_DIALECT_POSTGRES,
  embedding: Embedding.EMBEDDING_RAW,
  batchSize: 1000,
});
for (let done = 0; done < WARM_UP; done += 1000) stream.next();
const started = process.hrtime.bigint();
for (let next = stream.next(); !next.done; next = stream.next());
console.log(records / (Number(process.hrtime.bigint() - started) / 1e9));
