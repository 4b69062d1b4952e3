import { closeSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Embedding, OutputFormat, SqlDialect } from '../libs/proto/src/nest/datagen/v1/generator_service.js';
import type { Plan } from '../libs/proto/src/nest/datagen/v1/plan.js';
import { writeParquetShard } from '../services/generator/src/encoders/parquet-shard.js';
import type { ColumnShape } from '../services/generator/src/encoders/table-shape.js';
import { JSON_SYNTAX } from '../services/generator/src/encoders/value-syntax.js';
import { compileRange, openRecordStream } from '../services/generator/src/engine/record-stream.js';
import { referencePlan } from './reference-plans.js';

// Run as a process of its own by parquet-bench.ts, with a generator's heap flags: the reference
// orders written by one writer as part files of `shard` records into `folder`. Prints the
// records/s, the bytes written and the process's peak RSS as JSON on stdout.
export type ShardWriter = 'json' | 'hyparquet' | 'duckdb';

export interface WriterRun {
  readonly recordsPerSecond: number;
  readonly bytes: number;
  readonly peakRssMb: number;
}

const DATASET = 'orders';

// The records as a job's JSON file has them: each shard's bytes, batch by batch, to its piece.
function writeJson(plan: Plan, offset: number, count: number, path: string, format = OutputFormat.OUTPUT_FORMAT_JSON): number {
  const file = openSync(path, 'w');
  let bytes = 0;
  try {
    const batches = openRecordStream({ plan, dataset: DATASET, offset, count, format, sqlDialect: SqlDialect.SQL_DIALECT_UNSPECIFIED, embedding: Embedding.EMBEDDING_RAW, batchSize: 0 });
    for (let next = batches.next(); !next.done; next = batches.next()) bytes += writeSync(file, next.value.data);
  } finally {
    closeSync(file);
  }
  return bytes;
}

// DuckDB's types for the table, as the Parquet schema has them.
function duckdbColumns(columns: readonly ColumnShape[]): string {
  const type = (column: ColumnShape) => {
    switch (column.kind) {
      case 'integer':
        return 'BIGINT';
      case 'decimal':
        return `DECIMAL(18, ${column.scale})`;
      case 'float':
        return 'DOUBLE';
      case 'boolean':
        return 'BOOLEAN';
      case 'date':
        return 'DATE';
      case 'timestamp':
        return 'TIMESTAMPTZ';
      default:
        return 'VARCHAR';
    }
  };
  return `{${columns.map((column) => `'${column.name}': '${type(column)}'`).join(', ')}}`;
}

async function run(writer: ShardWriter, records: number, shard: number, folder: string): Promise<WriterRun> {
  const plan = referencePlan(records);
  // DuckDB on one thread, as a generator pod has one core: the engine's NDJSON, then COPY. It is
  // loaded only here: its native library alone would add to the other writers' RSS.
  const duckdb = writer === 'duckdb' ? await (await (await import('@duckdb/node-api')).DuckDBInstance.create(':memory:', { threads: '1' })).connect() : undefined;
  const columns = duckdbColumns(compileRange({ plan, dataset: DATASET, offset: 0, count: 0 }, { syntax: JSON_SYNTAX }).dataset.table.columns);
  const started = process.hrtime.bigint();
  let bytes = 0;
  for (let offset = 0, part = 0; offset < records; offset += shard, part++) {
    const count = Math.min(shard, records - offset);
    const name = join(folder, `part-${String(part).padStart(5, '0')}`);
    if (writer === 'json') {
      bytes += writeJson(plan, offset, count, `${name}.json`);
    } else if (writer === 'hyparquet') {
      const { data } = await writeParquetShard({ plan, dataset: DATASET, offset, count });
      writeFileSync(`${name}.parquet`, data);
      bytes += data.length;
    } else {
      writeJson(plan, offset, count, `${name}.ndjson`, OutputFormat.OUTPUT_FORMAT_NDJSON);
      await duckdb!.run(
        `COPY (SELECT * FROM read_json('${name}.ndjson', format = 'newline_delimited', columns = ${columns})) TO '${name}.parquet' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 25000)`,
      );
      rmSync(`${name}.ndjson`);
      bytes += statSync(`${name}.parquet`).size;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  duckdb?.closeSync();
  return { recordsPerSecond: records / seconds, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

const [writer, records, shard, folder] = process.argv.slice(2);
console.log(JSON.stringify(await run(writer as ShardWriter, Number(records), Number(shard), folder!)));
