import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Compression, OutputFormat, SqlDialect } from '../../libs/proto/src/nest/datagen/v1/generator_service.js';
import type { JobOutput } from '../../libs/proto/src/nest/datagen/v1/job_service.js';
import type { WebhookAttempt } from '../../services/jobs/src/store/job-store.js';
import { SqliteJobStore } from '../../services/jobs/src/store/sqlite-job-store.js';
import { WebhookDeliverer, type WebhookDelivererOptions } from '../../services/jobs/src/webhooks/webhook-deliverer.js';
import { verifyWebhook } from '../../services/jobs/src/webhooks/webhook-signature.js';

// The deliverer against the real SQLite job store and a real HTTP receiver on 127.0.0.1
// (so private networks are allowed unless a test refuses them). Retry bases are tiny so a
// whole schedule runs within a test.
const SECRET = 'webhook-test-secret-0123456789abcdef0123';
const OUTPUT: JobOutput = {
  format: OutputFormat.OUTPUT_FORMAT_CSV,
  sqlDialect: SqlDialect.SQL_DIALECT_UNSPECIFIED,
  compression: Compression.COMPRESSION_NONE,
  includeDefects: false,
  defectRates: {},
};
// What a receiver answers besides its status; it must never be kept.
const RECEIVER_TEXT = 'receiver-private-answer';

interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

// Answers each POST with the next status of `answers` (200 once they run out), or holds it
// unanswered; counts every connection made to it.
class Receiver {
  readonly received: Received[] = [];
  connections = 0;
  answers: Array<number | 'no answer'> = [];
  private readonly server: Server;

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        const answer = this.answers.shift() ?? 200;
        if (answer !== 'no answer') res.writeHead(answer).end(RECEIVER_TEXT);
      });
    });
    this.server.on('connection', () => this.connections++);
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/datagen`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let folder: string;
let store: SqliteJobStore;
let receiver: Receiver;
let receiverUrl: string;
let deliverer: WebhookDeliverer | undefined;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'datagen-webhooks-'));
  store = SqliteJobStore.open(join(folder, 'jobs.db'));
  receiver = new Receiver();
  receiverUrl = await receiver.listen();
});

afterEach(async () => {
  await deliverer?.stop();
  deliverer = undefined;
  await receiver.close();
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

function bodyOf(jobId: string): object {
  return { job_id: jobId, status: 'completed', progress: { records_done: 10, records_total: 10 }, note: 'naïve ✓' };
}

// A job whose webhook_url is `url`, with an event queued, and a deliverer running for it.
async function deliver(url: string, options: Partial<WebhookDelivererOptions> = {}): Promise<string> {
  const jobId = randomUUID();
  await store.create({ id: jobId, owner: '', output: OUTPUT, webhookUrl: url });
  await store.addDelivery(jobId, 'job.completed');
  deliverer = new WebhookDeliverer({
    store,
    worker: 'test-coordinator',
    signingSecret: SECRET,
    allowPrivateNetworks: true,
    timeoutMs: 2_000,
    retry: { baseMs: 50, maxAttempts: 6 },
    jobBody: async (id) => bodyOf(id),
    pollMs: 20,
    ...options,
  });
  deliverer.start();
  deliverer.wake();
  return jobId;
}

async function attemptsWhen(jobId: string, done: (attempts: WebhookAttempt[]) => boolean): Promise<WebhookAttempt[]> {
  for (let waited = 0; waited < 15_000; waited += 25) {
    const attempts = await store.deliveries(jobId);
    if (done(attempts)) return attempts;
    await sleep(25);
  }
  throw new Error(`deliveries of ${jobId} never reached the expected state: ${JSON.stringify(await store.deliveries(jobId))}`);
}

const ended = (attempts: WebhookAttempt[]) => attempts.length > 0 && attempts.at(-1)?.nextAttemptAt === undefined;

describe('WebhookDeliverer', () => {
  it('POSTs {"event", "job"} as JSON with a signature over the exact bytes sent', async () => {
    const before = Math.floor(Date.now() / 1000);
    const jobId = await deliver(receiverUrl);
    const [attempt] = await attemptsWhen(jobId, ended);

    expect(attempt).toMatchObject({ event: 'job.completed', attempt: 1, statusCode: 200, error: '', delivered: true, nextAttemptAt: undefined });
    expect(receiver.received).toHaveLength(1);
    const [post] = receiver.received;
    expect(post.method).toBe('POST');
    expect(post.url).toBe('/hooks/datagen');
    expect(post.body).toBe(JSON.stringify({ event: 'job.completed', job: bodyOf(jobId) }));
    expect(post.headers['content-type']).toBe('application/json');
    expect(post.headers['user-agent']).toBe('DataGen-Webhooks');
    expect(post.headers['content-length']).toBe(String(Buffer.byteLength(post.body)));
    const signature = String(post.headers['x-datagen-signature']);
    expect(verifyWebhook(SECRET, signature, post.body)).toBe(true);
    expect(Number(/^t=(\d+),/.exec(signature)?.[1])).toBeGreaterThanOrEqual(before);
  });

  it('tries again after 500s, waiting longer each time, until the receiver takes it', async () => {
    receiver.answers = [500, 500, 200];
    const jobId = await deliver(receiverUrl);
    const attempts = await attemptsWhen(jobId, ended);

    expect(attempts.map(({ attempt, statusCode, delivered, error }) => ({ attempt, statusCode, delivered, error }))).toEqual([
      { attempt: 1, statusCode: 500, delivered: false, error: 'The receiver answered 500' },
      { attempt: 2, statusCode: 500, delivered: false, error: 'The receiver answered 500' },
      { attempt: 3, statusCode: 200, delivered: true, error: '' },
    ]);
    // base × 2^(n-1) from the start of try n, a tenth either way.
    const waits = attempts.slice(0, 2).map(({ attemptedAt, nextAttemptAt }) => (nextAttemptAt?.getTime() ?? 0) - attemptedAt.getTime());
    expect(waits[0]).toBeGreaterThanOrEqual(45);
    expect(waits[0]).toBeLessThanOrEqual(55);
    expect(waits[1]).toBeGreaterThanOrEqual(90);
    expect(waits[1]).toBeLessThanOrEqual(110);
    expect(receiver.received).toHaveLength(3);
    expect(JSON.stringify(attempts)).not.toContain(RECEIVER_TEXT);
  });

  it('gives up after the last try', async () => {
    receiver.answers = [503, 503, 503];
    const jobId = await deliver(receiverUrl, { retry: { baseMs: 20, maxAttempts: 3 } });
    const attempts = await attemptsWhen(jobId, ended);

    expect(attempts.map(({ statusCode, delivered }) => [statusCode, delivered])).toEqual([
      [503, false],
      [503, false],
      [503, false],
    ]);
    await sleep(200);
    expect(receiver.received).toHaveLength(3);
  });

  it('counts a receiver that never answers as a failed try, and tries again', async () => {
    receiver.answers = ['no answer', 'no answer'];
    const jobId = await deliver(receiverUrl, { timeoutMs: 300, retry: { baseMs: 50, maxAttempts: 2 } });
    const attempts = await attemptsWhen(jobId, ended);

    expect(attempts.map(({ attempt, statusCode, delivered, error }) => ({ attempt, statusCode, delivered, error }))).toEqual([
      { attempt: 1, statusCode: 0, delivered: false, error: 'No answer within 300 ms' },
      { attempt: 2, statusCode: 0, delivered: false, error: 'No answer within 300 ms' },
    ]);
    expect(receiver.received).toHaveLength(2);
  });

  it.each([
    ['the literal address', (url: string) => url, 'is a loopback address'],
    ['a name that resolves to it', (url: string) => url.replace('127.0.0.1', 'localhost'), 'resolves to'],
  ])('refuses a private address given as %s at delivery, without connecting', async (_, urlFrom, reason) => {
    const jobId = await deliver(urlFrom(receiverUrl), { allowPrivateNetworks: false, retry: { baseMs: 20, maxAttempts: 2 } });
    const attempts = await attemptsWhen(jobId, ended);

    expect(attempts).toHaveLength(2);
    for (const attempt of attempts) {
      expect(attempt).toMatchObject({ statusCode: 0, delivered: false });
      expect(attempt.error).toContain(reason);
      expect(attempt.error).toContain('WEBHOOK_ALLOW_PRIVATE_NETWORKS=true');
    }
    expect(receiver.connections).toBe(0);
  });

  it('ends the delivery at once when the job is gone', async () => {
    const jobId = await deliver(receiverUrl, { jobBody: async () => undefined });
    const attempts = await attemptsWhen(jobId, ended);
    await sleep(200);

    expect(await store.deliveries(jobId)).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ attempt: 1, statusCode: 0, delivered: false, error: 'The job no longer exists', nextAttemptAt: undefined });
    expect(receiver.connections).toBe(0);
  });

  it('waits on stop for a post under way to be recorded', async () => {
    receiver.answers = ['no answer'];
    const jobId = await deliver(receiverUrl, { timeoutMs: 400 });
    while (receiver.received.length === 0) await sleep(10);
    await deliverer?.stop();

    expect(await store.deliveries(jobId)).toMatchObject([{ attempt: 1, statusCode: 0, delivered: false, error: 'No answer within 400 ms' }]);
  });
});
