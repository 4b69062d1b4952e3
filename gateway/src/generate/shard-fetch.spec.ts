import { credentials, Server, ServerCredentials, status, type ServerWritableStream } from '@grpc/grpc-js';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Content,
  Embedding,
  GeneratorServiceClient,
  GeneratorServiceService,
  OutputFormat,
  SqlDialect,
  type GenerateRecordsRequest,
  type GenerateRecordsResponse,
} from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import { ApiError } from '../errors/api-error.js';
import { ByteBudget } from '../../../libs/memory/src/byte-budget.js';
import { RequestMemory } from './request-memory.js';
import { ShardFetch, type ResumePolicy } from './shard-fetch.js';

// A real gRPC server on loopback plays the generator; each test scripts how its calls go.
type Call = ServerWritableStream<GenerateRecordsRequest, GenerateRecordsResponse>;

const SHARD: GenerateRecordsRequest = {
  dataset: 'customers',
  offset: 100,
  count: 10,
  format: OutputFormat.OUTPUT_FORMAT_NDJSON,
  sqlDialect: SqlDialect.SQL_DIALECT_UNSPECIFIED,
  batchSize: 0,
  embedding: Embedding.EMBEDDING_RAW,
  content: Content.CONTENT_RECORDS,
  defectRates: {},
  outputEnd: 0,
};

const servers: Server[] = [];
const clients: GeneratorServiceClient[] = [];

afterEach(() => {
  servers.splice(0).forEach((server) => server.forceShutdown());
  clients.splice(0).forEach((client) => client.close());
});

async function serve(script: (call: Call, attempt: number) => void, port = 0): Promise<{ port: number; requests: GenerateRecordsRequest[] }> {
  const server = new Server();
  const requests: GenerateRecordsRequest[] = [];
  server.addService(GeneratorServiceService, {
    generateRecords: (call: Call) => {
      requests.push(call.request);
      script(call, requests.length);
    },
  });
  servers.push(server);
  const bound = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (error, actual) => (error ? reject(error) : resolve(actual))),
  );
  return { port: bound, requests };
}

// A port nothing listens on (for now).
async function closedPort(): Promise<number> {
  const { port } = await serve(() => undefined);
  servers.pop()!.forceShutdown();
  return port;
}

function client(port: number): GeneratorServiceClient {
  const made = new GeneratorServiceClient(`127.0.0.1:${port}`, credentials.createInsecure(), {
    'grpc.initial_reconnect_backoff_ms': 100,
    'grpc.max_reconnect_backoff_ms': 100,
  });
  clients.push(made);
  return made;
}

function send(call: Call, from: number, to: number): void {
  for (let offset = from; offset < to; offset++) {
    call.write({ offset, count: 1, data: Buffer.from(`${offset}\n`), defectCounts: {} });
  }
}

function sendRest(call: Call): void {
  send(call, call.request.offset, call.request.offset + call.request.count);
  call.end();
}

function fail(call: Call, code: status, details: string): void {
  call.emit('error', { code, details });
}

async function text(fetch: ShardFetch): Promise<string> {
  let all = '';
  for await (const chunk of fetch.data()) all += Buffer.from(chunk).toString();
  return all;
}

const WHOLE_SHARD = Array.from({ length: 10 }, (_, index) => `${100 + index}\n`).join('');

// Room to spare: these tests are about resuming, not about the memory budget.
function ampleMemory(): RequestMemory {
  return new RequestMemory(new ByteBudget(64 * 1024 * 1024), { data: 1024 * 1024, transport: 1024 * 1024, compression: 0 });
}

function fetchShard(port: number, policy: ResumePolicy, deadlineMs = 10_000): ShardFetch {
  return new ShardFetch(client(port), SHARD, new Date(Date.now() + deadlineMs), policy, ampleMemory());
}

describe('ShardFetch', () => {
  it('resumes a broken stream at its next record and reports the resume', async () => {
    const { port, requests } = await serve((call, attempt) => {
      if (attempt > 1) return sendRest(call);
      send(call, 100, 104);
      setTimeout(() => fail(call, status.UNAVAILABLE, 'generator going away'), 20);
    });
    const resumes: status[] = [];
    expect(await text(fetchShard(port, { waitMs: 2_000, onResume: (code) => resumes.push(code) }))).toBe(WHOLE_SHARD);
    expect(requests.map(({ offset, count }) => [offset, count])).toEqual([
      [100, 10],
      [104, 6],
    ]);
    expect(resumes).toEqual([status.UNAVAILABLE]);
  });

  it('waits for a generator that comes back within the wait', async () => {
    const port = await closedPort();
    const fetch = fetchShard(port, { waitMs: 5_000 });
    await sleep(500);
    await serve(sendRest, port);
    expect(await text(fetch)).toBe(WHOLE_SHARD);
  });

  it('gives up when no generator is ready within the wait, and says why in the cause', async () => {
    const port = await closedPort();
    const failure = await text(fetchShard(port, { waitMs: 400 })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(503);
    expect(((failure as ApiError).cause as Error).message).toMatch(
      /^customers records 100-109 could not be resumed: no generator was ready to take it within \d+ ms of its stream breaking \(last error UNAVAILABLE: .+\)$/,
    );
  });

  it('never waits past the request deadline', async () => {
    const port = await closedPort();
    const startedAt = Date.now();
    await expect(text(fetchShard(port, { waitMs: 60_000 }, 500))).rejects.toBeInstanceOf(ApiError);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });

  it('gives up when ready generators keep failing the shard', async () => {
    const { port, requests } = await serve((call) => fail(call, status.INTERNAL, 'engine fault'));
    const failure = await text(fetchShard(port, { waitMs: 500 })).catch((error: unknown) => error);
    expect((failure as ApiError).status).toBe(500);
    expect(((failure as ApiError).cause as Error).message).toMatch(/could not be resumed: generators kept failing it within \d+ ms .*INTERNAL: engine fault/);
    expect(requests.length).toBeGreaterThan(1);
  });

  it('fails at once, without resuming, when the generator says the request is wrong', async () => {
    const { port, requests } = await serve((call) => fail(call, status.INVALID_ARGUMENT, 'no such dataset'));
    const resumes: status[] = [];
    const failure = await text(fetchShard(port, { waitMs: 5_000, onResume: (code) => resumes.push(code) })).catch((error: unknown) => error);
    expect((failure as ApiError).status).toBe(400);
    expect(requests).toHaveLength(1);
    expect(resumes).toEqual([]);
  });
});
