import { credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetMetadata } from 'hyparquet';
import { FileArtifactStore } from '../../libs/artifacts/src/file-artifact-store.js';
import { checkServing } from '../../libs/grpc/src/health-client.js';
import { readErrorDetails } from '../../libs/grpc/src/status-details.js';
import {
  Compression,
  Content,
  Embedding,
  GeneratorServiceClient,
  OutputFormat,
  SqlDialect,
  type GenerateRecordsResponse,
  type WriteShardRequest,
  type WriteShardResponse,
} from '../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { Plan } from '../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { writeParquetShard } from '../../services/generator/src/encoders/parquet-shard.js';
import { run, shopPlan } from '../engine/plans.js';
import { startGenerator, type RunningGenerator } from '../support/start-generator.js';

// WriteShard against real generator processes writing a file store in a temporary folder:
// what the store assembles from the shards is what GenerateRecords streams for the dataset.

const PLAN: Plan = { ...shopPlan({ customers: 400, products: 60, orders: 2_500 }), realityLevel: 7 };
const ORDERS = 2_500;

let folder: string;
let generator: RunningGenerator;
let client: GeneratorServiceClient;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'write-shard-'));
  generator = await startGenerator({ ARTIFACT_STORE: `file:${folder}`, GENERATOR_BATCH_SIZE: '100' });
  client = new GeneratorServiceClient(generator.address, credentials.createInsecure());
});

afterAll(async () => {
  client?.close();
  await generator?.stop();
  await rm(folder, { recursive: true, force: true });
});

function request(overrides: Partial<WriteShardRequest>): WriteShardRequest {
  return {
    plan: PLAN,
    dataset: 'order',
    offset: 0,
    count: 0,
    format: OutputFormat.OUTPUT_FORMAT_JSON,
    sqlDialect: SqlDialect.SQL_DIALECT_UNSPECIFIED,
    content: Content.CONTENT_RECORDS,
    defectRates: {},
    compression: Compression.COMPRESSION_NONE,
    artifactKey: '',
    uploadId: '',
    partNumber: 0,
    ...overrides,
  };
}

function writeShard(on: GeneratorServiceClient, shard: WriteShardRequest): Promise<WriteShardResponse> {
  return new Promise((resolve, reject) => {
    on.writeShard(shard, new Metadata(), { deadline: Date.now() + 60_000 }, (error, response) => (error ? reject(error) : resolve(response)));
  });
}

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeDefined();
  return error as ServiceError;
}

// Writes the dataset as shards of `shardSize` records, last shard first, two at a time, and
// returns the store's assembled file with what the generator answered for each shard.
async function writeInShards(name: string, shardSize: number, overrides: Partial<WriteShardRequest>) {
  const store = new FileArtifactStore(folder);
  const file = await store.beginFile(`jobs/test/${name}`);
  const offsets = Array.from({ length: Math.ceil(ORDERS / shardSize) }, (_, index) => index * shardSize);
  const answers: WriteShardResponse[] = [];
  const order = [...offsets.keys()].reverse();
  for (let at = 0; at < order.length; at += 2) {
    await Promise.all(
      order.slice(at, at + 2).map(async (index) => {
        const target = store.shardTarget(file, index);
        const offset = offsets[index]!;
        answers[index] = await writeShard(client, request({ ...overrides, offset, count: Math.min(shardSize, ORDERS - offset), artifactKey: target.key }));
      }),
    );
  }
  const finished = await store.finishFile(file, answers);
  const pieces = await Promise.all(finished.pieceKeys.map((key) => readFile(join(folder, key))));
  return { bytes: Buffer.concat(pieces), pieces, answers, size: finished.size };
}

function summed(answers: WriteShardResponse[]) {
  const defects: Record<string, number> = {};
  const checks: Record<string, number> = {};
  for (const answer of answers) {
    for (const [kind, count] of Object.entries(answer.defectCounts)) defects[kind] = (defects[kind] ?? 0) + count;
    for (const [name, count] of Object.entries(answer.checks!)) checks[name] = (checks[name] ?? 0) + count;
  }
  return { records: answers.reduce((sum, answer) => sum + answer.records, 0), defects, checks };
}

const CASES = [
  { name: 'order.json', format: OutputFormat.OUTPUT_FORMAT_JSON, content: Content.CONTENT_RECORDS },
  { name: 'order.ndjson', format: OutputFormat.OUTPUT_FORMAT_NDJSON, content: Content.CONTENT_RECORDS },
  { name: 'order.csv', format: OutputFormat.OUTPUT_FORMAT_CSV, content: Content.CONTENT_RECORDS },
  { name: 'order.sql', format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_MYSQL, content: Content.CONTENT_RECORDS },
  { name: 'order.defects', format: OutputFormat.OUTPUT_FORMAT_CSV, content: Content.CONTENT_DEFECT_MANIFEST },
  // A manifest is NDJSON whatever the records' format, Parquet's included.
  { name: 'order-parquet.defects', format: OutputFormat.OUTPUT_FORMAT_PARQUET, streamed: OutputFormat.OUTPUT_FORMAT_NDJSON, content: Content.CONTENT_DEFECT_MANIFEST },
];

describe('WriteShard', () => {
  it('writes shards, out of order, that the store assembles into the bytes of the whole dataset, with their counts', async () => {
    for (const { name, format, streamed = format, sqlDialect = SqlDialect.SQL_DIALECT_UNSPECIFIED, content } of CASES) {
      const whole = run(PLAN, 'order', { format: streamed, sqlDialect, content, embedding: Embedding.EMBEDDING_RAW });
      expect(whole.data.length).toBeGreaterThan(10_000);
      for (const shardSize of [700, 1_111]) {
        const written = await writeInShards(`${shardSize}/${name}`, shardSize, { format, sqlDialect, content });
        expect(written.bytes.equals(whole.data), `${name} in shards of ${shardSize}`).toBe(true);
        expect(written.answers.map((answer) => answer.bytes)).toEqual(written.pieces.map((piece) => piece.length));
        expect(written.answers.every((answer) => answer.etag === '')).toBe(true);
        expect(summed(written.answers)).toEqual({ records: ORDERS, defects: whole.defects, checks: whole.checks });
      }
    }
  });

  it('gzips each shard into one member, and the members concatenate into a gzip file of the whole', async () => {
    const format = OutputFormat.OUTPUT_FORMAT_CSV;
    const whole = run(PLAN, 'order', { format });
    const written = await writeInShards('gzip/order.csv.gz', 900, { format, compression: Compression.COMPRESSION_GZIP });
    expect(written.answers.map((answer) => answer.bytes)).toEqual(written.pieces.map((piece) => piece.length));
    expect(gunzipSync(written.bytes).equals(whole.data)).toBe(true);
    expect(gunzipSync(written.pieces[1]!).equals(run(PLAN, 'order', { format, offset: 900, count: 900 }).data)).toBe(true);
    expect(written.size).toBeLessThan(whole.data.length / 2);
  });

  it('writes Parquet part files, one whole file per shard, with the counts of the records', async () => {
    const cuts = [0, 1_000, 2_000, ORDERS];
    const parts = [2, 0, 1];
    const answers: WriteShardResponse[] = [];
    for (const part of parts) {
      const [offset, end] = [cuts[part]!, cuts[part + 1]!];
      answers[part] = await writeShard(client, request({ format: OutputFormat.OUTPUT_FORMAT_PARQUET, offset, count: end - offset, artifactKey: `jobs/parquet/order/part-0000${part}.parquet` }));
    }
    for (const [part, answer] of answers.entries()) {
      const stored = await readFile(join(folder, `jobs/parquet/order/part-0000${part}.parquet`));
      const expected = await writeParquetShard({ plan: PLAN, dataset: 'order', offset: cuts[part]!, count: cuts[part + 1]! - cuts[part]! });
      expect(stored.equals(Buffer.from(expected.data)), `part ${part}`).toBe(true);
      expect(answer.bytes).toBe(stored.length);
      expect(Number(parquetMetadata(stored).num_rows)).toBe(answer.records);
    }
    const whole = run(PLAN, 'order', { format: OutputFormat.OUTPUT_FORMAT_NDJSON });
    expect(summed(answers)).toEqual({ records: ORDERS, defects: whole.defects, checks: whole.checks });
  });

  it('stops a cancelled call and leaves nothing in the store', async () => {
    const big: Plan = { ...PLAN, datasets: PLAN.datasets.map((dataset) => (dataset.name === 'order' ? { ...dataset, size: 3_000_000 } : dataset)) };
    const key = 'jobs/cancelled/order.json.parts/00000';
    const shardFolder = join(folder, 'jobs/cancelled/order.json.parts');
    const call = client.writeShard(request({ plan: big, artifactKey: key }), () => undefined);
    // Under way once its temporary file is there.
    while (!(await readdir(shardFolder).catch(() => [])).some((entry) => entry.startsWith('.tmp-'))) await new Promise((resolve) => setTimeout(resolve, 20));
    call.cancel();
    // The store removes its temporary file once the engine has stopped; it never renames it.
    const giveUpAt = Date.now() + 5_000;
    while ((await readdir(shardFolder)).length > 0 && Date.now() < giveUpAt) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await readdir(shardFolder)).toEqual([]);
    expect(await checkServing(generator.address)).toBe(true);
  });

  it('answers INVALID_ARGUMENT for a range past the end of the dataset, and writes nothing', async () => {
    const error = await failure(writeShard(client, request({ offset: 2_000, count: 1_000, artifactKey: 'jobs/invalid/order.json.parts/00000' })));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(readErrorDetails(error)).toMatchObject({ error: 'Invalid plan', detail: 'The range 2000+1000 is past the end of dataset "order" (2500 records).' });
    expect(await readdir(join(folder, 'jobs')).then((entries) => entries.includes('invalid'))).toBe(false);
  });

  it('answers INVALID_ARGUMENT for a request without an artifact key', async () => {
    const error = await failure(writeShard(client, request({ artifactKey: '' })));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toBe('The request names no artifact_key to write the shard to.');
  });

  it('refuses Parquet in GenerateRecords with INVALID_ARGUMENT: a Parquet file does not concatenate', async () => {
    const stream = client.generateRecords({
      plan: PLAN,
      dataset: 'order',
      offset: 0,
      count: 10,
      format: OutputFormat.OUTPUT_FORMAT_PARQUET,
      sqlDialect: SqlDialect.SQL_DIALECT_UNSPECIFIED,
      batchSize: 0,
      embedding: Embedding.EMBEDDING_RAW,
      content: Content.CONTENT_RECORDS,
      defectRates: {},
      outputEnd: 0,
    });
    const error = await new Promise<ServiceError>((resolve) => {
      stream.on('data', (_message: GenerateRecordsResponse) => undefined);
      stream.on('error', resolve);
    });
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/^Parquet cannot be streamed in ranges/);
  });

  it('answers FAILED_PRECONDITION with the store’s message and a reason when the store cannot be written', async () => {
    const notAFolder = join(folder, 'not-a-folder');
    await writeFile(notAFolder, 'a file where the store’s folder should be');
    const broken = await startGenerator({ ARTIFACT_STORE: `file:${notAFolder}` });
    const brokenClient = new GeneratorServiceClient(broken.address, credentials.createInsecure());
    try {
      const error = await failure(writeShard(brokenClient, request({ count: 10, artifactKey: 'jobs/broken/order.json.parts/00000' })));
      expect(error.code).toBe(status.FAILED_PRECONDITION);
      expect(readErrorDetails(error)).toMatchObject({ error: 'Artifact store failed', reason: 'ARTIFACT_STORE_UNREACHABLE' });
      expect(error.details).toContain(`The artifact store file:${notAFolder} cannot be used`);
    } finally {
      brokenClient.close();
      await broken.stop();
    }
  });
});
