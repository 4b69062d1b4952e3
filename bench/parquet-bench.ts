import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { GENERATOR_NODE_ARGUMENTS } from '../scripts/local-stack.js';
import { medianValue } from './measure.js';
import type { ShardWriter, WriterRun } from './parquet-process.js';

const run = promisify(execFile);
const WRITER_PROCESS = join(dirname(fileURLToPath(import.meta.url)), 'parquet-process.js');

// A job's Parquet output: 1,000,000 reference orders as part files of 100,000 records, written
// by hyparquet-writer (what WriteShard uses), beside the same records as a job's JSON file and
// DuckDB's Parquet writer fed the engine's NDJSON. Each run is a fresh process with a
// generator's heap flags, pinned to one core as a generator pod is limited to one, so its peak
// RSS is what one generator would need; rounds alternate the writers so that a slow spell of
// the machine lands on all of them.
const RECORDS = 1_000_000;
const SHARD = 100_000;
const ROUNDS = 3;
const WRITERS: readonly ShardWriter[] = ['json', 'hyparquet', 'duckdb'];

async function writeOnce(writer: ShardWriter): Promise<WriterRun> {
  const folder = mkdtempSync(join(tmpdir(), `parquet-bench-${writer}-`));
  try {
    const { stdout } = await run('taskset', ['--cpu-list', '0', process.execPath, ...GENERATOR_NODE_ARGUMENTS, WRITER_PROCESS, writer, String(RECORDS), String(SHARD), folder]);
    return JSON.parse(stdout) as WriterRun;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const format = (value: number) => Math.round(value).toLocaleString('en-US');

export async function runParquetBench(): Promise<void> {
  const runs = new Map<ShardWriter, WriterRun[]>(WRITERS.map((writer) => [writer, []]));
  for (let round = 0; round < ROUNDS; round++) for (const writer of WRITERS) runs.get(writer)!.push(await writeOnce(writer));
  const json = medianValue(runs.get('json')!.map((measured) => measured.recordsPerSecond));
  console.log(`Shard writers, ${format(RECORDS)} orders as part files of ${format(SHARD)}, one core, generator heap flags, median of ${ROUNDS} runs:`);
  console.table(
    WRITERS.map((writer) => {
      const measured = runs.get(writer)!;
      const recordsPerSecond = medianValue(measured.map((one) => one.recordsPerSecond));
      return {
        writer: writer === 'json' ? 'JSON (baseline)' : writer === 'hyparquet' ? 'Parquet, hyparquet-writer' : 'Parquet, DuckDB COPY from NDJSON',
        'records/s': format(recordsPerSecond),
        'vs JSON': (recordsPerSecond / json).toFixed(2) + '×',
        'output MB': (measured[0]!.bytes / 1e6).toFixed(1),
        'peak RSS MB': format(Math.max(...measured.map((one) => one.peakRssMb))),
        runs: measured.map((one) => Math.round(one.recordsPerSecond / 1000) + 'k').join(' '),
      };
    }),
  );
}
