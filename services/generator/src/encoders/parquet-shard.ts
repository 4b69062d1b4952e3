import { setImmediate } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import type { BatchChecks } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { ByteSink, encode } from '../engine/byte-sink.js';
import type { CompiledDataset } from '../engine/compiled-dataset.js';
import { compileRange, type RangeRequest } from '../engine/record-stream.js';
import { columnBuilder, type ColumnBuilder } from './parquet-columns.js';
import { parquetSchema } from './parquet-schema.js';
import { JSON_SYNTAX } from './value-syntax.js';

export type ParquetShardRequest = Pick<RangeRequest, 'plan' | 'dataset' | 'offset' | 'count' | 'defectRates'>;

export interface ParquetShard {
  // A whole Parquet file.
  data: Uint8Array;
  records: number;
  // Defects injected into the shard's records, by kind; only kinds that occurred.
  defectCounts: Record<string, number>;
  checks: BatchChecks;
}

// A row group ends at this many rows, or at the first batch that brings its records' JSON text
// to ROW_GROUP_BYTES: the writer holds a row group's values while it encodes them, so this
// bounds its memory whatever the size of the shard or the width of its records.
const ROW_GROUP_ROWS = 25_000;
const ROW_GROUP_BYTES = 8 * 1024 * 1024;
// Records written and read back at a time.
const BATCH_SIZE = 1000;
// No value the JSON syntax writes holds a raw control character, so this one parts values.
const SEPARATOR = 0x1f;
const SEPARATOR_TOKEN = encode(String.fromCharCode(SEPARATOR));
// No version or time: the same request gives the same bytes.
const CREATED_BY = 'DataGen';
// Pages are compressed by Node's own zlib at level 1: about twice as fast as the writer's
// JavaScript Snappy on orders, and a third smaller (bench/parquet-bench.ts). Every Parquet
// reader takes GZIP pages.
const NATIVE_GZIP = { GZIP: (bytes: Uint8Array) => gzipSync(bytes, { level: 1 }) };

// One shard, a range of a dataset, as a Parquet file of its own. The engine writes the records
// in JSON syntax, as for every other format, so the values, the defects and the checks are the
// same; each value is then read back from its literal into its column. Plan problems reject
// with a PlanError before any work. The work yields to the event loop between row groups, and
// stops there once `signal` aborts.
export async function writeParquetShard(request: ParquetShardRequest, signal?: AbortSignal): Promise<ParquetShard> {
  const range = compileRange(request, { syntax: JSON_SYNTAX });
  const { dataset, start, end } = range;
  try {
    const table = dataset.table;
    const writer = new ByteWriter();
    const parquet = new ParquetWriter({ writer, schema: parquetSchema(table), codec: 'GZIP', compressors: NATIVE_GZIP, createdBy: CREATED_BY });
    const tally = dataset.tally;
    tally.reset();
    tally.rows = end - start;
    const reader = new RowGroupReader(dataset);
    for (let first = start; first < end; ) {
      const rows = reader.read(first, Math.min(end, first + ROW_GROUP_ROWS));
      parquet.write({ columnData: table.columns.map((column, position) => ({ name: column.name, data: reader.columns[position]!.values(rows) })), rowGroupSize: rows });
      first += rows;
      await setImmediate();
      signal?.throwIfAborted();
    }
    parquet.finish();
    return { data: writer.getBytes(), records: end - start, defectCounts: tally.defectCounts(), checks: tally.checks() };
  } finally {
    range.release();
  }
}

// Writes records through the engine and reads them back into columns.
class RowGroupReader {
  readonly columns: readonly ColumnBuilder[];
  private readonly sink = new ByteSink();
  private readonly separators;

  constructor(private readonly dataset: CompiledDataset) {
    this.separators = dataset.table.columns.map(() => SEPARATOR_TOKEN);
    this.columns = dataset.table.columns.map(columnBuilder);
  }

  // A row group from record `first`, ending at `last` at the latest; returns its rows.
  read(first: number, last: number): number {
    const { dataset, sink, separators, columns } = this;
    const width = columns.length;
    for (const column of columns) column.start(last - first);
    let bytesRead = 0;
    let batch = first;
    while (batch < last && bytesRead < ROW_GROUP_BYTES) {
      const batchEnd = Math.min(last, batch + BATCH_SIZE);
      for (let index = batch; index < batchEnd; index++) dataset.write(index, sink, separators);
      const bytes = sink.view();
      sink.length = 0;
      // Every value follows a separator.
      let at = 0;
      for (let row = batch - first; row < batchEnd - first; row++) {
        for (let position = 0; position < width; position++) {
          if (bytes[at] !== SEPARATOR) throw new Error(`Record ${first + row} of "${dataset.dataset.name}" did not read back as ${width} values.`);
          const start = at + 1;
          at = start;
          while (at < bytes.length && bytes[at] !== SEPARATOR) at++;
          columns[position]!.read(bytes, start, at, row);
        }
      }
      if (at !== bytes.length) throw new Error(`Records ${batch}-${batchEnd - 1} of "${dataset.dataset.name}" did not read back as ${width} values each.`);
      bytesRead += bytes.length;
      batch = batchEnd;
    }
    return batch - first;
  }
}
