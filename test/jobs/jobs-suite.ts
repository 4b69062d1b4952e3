import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { hashResponse } from '../support/hash-response.js';
import { downloadAll, envelopeHashOf, JobsClient, type JobBody } from '../support/jobs-client.js';
import { postGenerate } from '../support/post-generate.js';
import { startTestStack } from '../support/start-test-stack.js';

// The job suite, run once per pair of stores (test/jobs/*.test.ts): what a user of
// /api/jobs relies on, against the real stack on loopback.

export interface StoreSetup {
  // Environment for every process of the stack (JOB_STORE, ARTIFACT_STORE, AWS_*).
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

const WEBHOOK_SECRET = 'whsec-test-0123456789abcdef0123456789abcdef';
const SEED = 20261201;

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

export function jobSuite(name: string, openStores: () => Promise<StoreSetup>, skip = false): void {
  describe.skipIf(skip)(`jobs with ${name}`, () => {
    let stores: StoreSetup;
    let stack: LocalStack;
    let client: JobsClient;
    let receiver: Server;
    let receiverUrl: string;
    const received: Received[] = [];

    beforeAll(async () => {
      stores = await openStores();
      receiver = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          received.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
          response.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks/datagen`;
      stack = await startTestStack({
        generators: 2,
        env: {
          ...stores.env,
          JOB_SHARD_RECORDS: '20000',
          JOB_LEASE: '2s',
          WEBHOOK_SIGNING_SECRET: WEBHOOK_SECRET,
          WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
        },
      });
      client = new JobsClient(stack.url);
    });

    afterAll(async () => {
      await stack?.stop();
      await new Promise((resolve) => receiver?.close(resolve));
      await stores?.close();
    });

    const REQUEST = {
      prompt: 'Online shop with customers, products and orders',
      datasets: 3,
      dataset_size: 60_000,
      reality: 3,
      output_format: 'json',
      seed: SEED,
    };

    it("writes files equal to /api/generate's content for the same seed, and reports the same metadata", async () => {
      const id = await client.start(REQUEST);
      const job = await client.waitFor(id);
      expect(job.status).toBe('completed');
      expect(job.progress).toMatchObject({ records_done: 180_000, records_total: 180_000 });
      const files = await downloadAll(job);
      expect([...files.keys()].sort()).toEqual(Object.keys(job.result!.datasets).sort());

      const streamed = await hashResponse(await postGenerate(stack.url, REQUEST));
      expect(streamed.status).toBe(200);
      expect(envelopeHashOf(job, files)).toBe(streamed.datasetsSha256);
      const { generation_timestamp: _jobTime, ...jobMetadata } = job.result!.metadata;
      const { generation_timestamp: _streamTime, ...streamMetadata } = streamed.metadata!;
      expect(jobMetadata).toEqual(streamMetadata);
    });

    it('writes CSV with gzip and the defect manifests, which decompress to the streamed content', async () => {
      const request = { ...REQUEST, datasets: 2, dataset_size: 5_000, reality: 7, output_format: 'csv', include_defects: true };
      const id = await client.start({ ...request, compression: 'gzip' });
      const job = await client.waitFor(id);
      expect(job.status).toBe('completed');
      const files = await downloadAll(job);
      const streamed = (await (await postGenerate(stack.url, request)).json()) as { datasets: Record<string, { content: string; defects: unknown[] }> };
      for (const [dataset, { content, defects }] of Object.entries(streamed.datasets)) {
        expect(gunzipSync(files.get(dataset)!).toString()).toBe(content);
        const manifest = gunzipSync(files.get(`${dataset}.defects`)!).toString().trim().split('\n').map((line) => JSON.parse(line) as unknown);
        expect(defects.length).toBeGreaterThan(0);
        expect(manifest).toEqual(defects);
      }
    });

    it('serves a download by byte ranges, so a cut download resumes, and refuses a tampered link', async () => {
      const id = await client.start({ ...REQUEST, datasets: 1, dataset_size: 30_000, prompt: 'customers' });
      const job = await client.waitFor(id);
      const [name, url] = Object.entries(job.result!.download_links)[0]!;
      const whole = Buffer.from(await (await fetch(url)).arrayBuffer());
      const head = await fetch(url, { headers: { Range: 'bytes=0-99999' } });
      expect(head.status).toBe(206);
      expect(head.headers.get('content-range')).toBe(`bytes 0-99999/${whole.length}`);
      expect(head.headers.get('content-disposition')).toContain(`${name}.json`);
      const rest = await fetch(url, { headers: { Range: `bytes=100000-` } });
      expect(rest.status).toBe(206);
      const resumed = Buffer.concat([Buffer.from(await head.arrayBuffer()), Buffer.from(await rest.arrayBuffer())]);
      expect(resumed.equals(whole)).toBe(true);
      expect(JSON.parse(whole.toString())).toHaveLength(30_000);

      const tampered = new URL(url);
      // Our own links and S3's presigned ones both carry the signature in a query parameter.
      const [key, value] = [...tampered.searchParams.entries()].find(([name]) => /signature/i.test(name))!;
      tampered.searchParams.set(key, value.slice(0, -1) + (value.endsWith('0') ? '1' : '0'));
      expect((await fetch(tampered)).status).toBe(403);
    });

    it('streams progress as Server-Sent Events and ends with the final event', async () => {
      const id = await client.start({ ...REQUEST, datasets: 1, dataset_size: 200_000, prompt: 'orders' });
      const response = await fetch(`${stack.url}/api/jobs/${id}/events`);
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      const text = await response.text();
      const events = [...text.matchAll(/^event: (\w+)\ndata: (.*)$/gm)].map(([, event, data]) => ({ event, job: JSON.parse(data!) as JobBody }));
      expect(events.at(-1)!.event).toBe('completed');
      expect(events.at(-1)!.job.progress.records_done).toBe(200_000);
      const done = events.map(({ job }) => job.progress.records_done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
    });

    it('cancels a running job: it ends cancelled, its generators stop and its files go', async () => {
      const id = await client.start({ ...REQUEST, datasets: 1, dataset_size: 2_000_000, prompt: 'orders' });
      await client.waitFor(id, (job) => job.progress.records_done > 0);
      const response = await client.cancel(id);
      expect(response.status).toBe(200);
      expect(((await response.json()) as JobBody).status).toBe('cancelled');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const stopped = await client.job(id);
      expect(stopped.status).toBe('cancelled');
      const progressThen = stopped.progress.records_done;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect((await client.job(id)).progress.records_done).toBe(progressThen);
      expect(progressThen).toBeLessThan(2_000_000);
      // The embedded store's folder is the stack's own: nothing of the job is left in it.
      if (stores.env.ARTIFACT_STORE === undefined) expect(existsSync(join(stack.options.dataDir, 'jobs', id))).toBe(false);
    });

    it('completes with identical bytes when a generator is killed with SIGKILL mid-job', async () => {
      const request = { ...REQUEST, datasets: 1, dataset_size: 600_000, prompt: 'orders' };
      const id = await client.start(request);
      await client.waitFor(id, (job) => job.progress.records_done > 0);
      stack.process('generator-1').child.kill('SIGKILL');
      await stack.restartGenerator(1);
      const job = await client.waitFor(id);
      expect(job.status).toBe('completed');
      const streamed = await hashResponse(await postGenerate(stack.url, request));
      expect(envelopeHashOf(job, await downloadAll(job))).toBe(streamed.datasetsSha256);
    });

    it('completes with identical bytes when the coordinator is killed with SIGKILL mid-job', async () => {
      const request = { ...REQUEST, datasets: 1, dataset_size: 600_000, prompt: 'orders', seed: SEED + 1 };
      const id = await client.start(request);
      await client.waitFor(id, (job) => job.progress.records_done > 0);
      stack.process('jobs').child.kill('SIGKILL');
      await stack.restartJobs();
      const job = await client.waitFor(id);
      expect(job.status).toBe('completed');
      const streamed = await hashResponse(await postGenerate(stack.url, request));
      expect(envelopeHashOf(job, await downloadAll(job))).toBe(streamed.datasetsSha256);
    });

    it('delivers a signed webhook to a receiver on 127.0.0.1 and lists the delivery on the job', async () => {
      const id = await client.start({ ...REQUEST, datasets: 1, dataset_size: 1_000, prompt: 'customers', webhook_url: receiverUrl });
      await client.waitFor(id);
      const job = await client.waitFor(id, (current) => current.webhook?.deliveries.some((delivery) => delivery.delivered) === true, 30_000);
      const delivery = received.find((request) => request.body.includes(id))!;
      expect(delivery.headers['content-type']).toContain('application/json');
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(delivery.headers['x-datagen-signature']))!;
      expect(createHmac('sha256', WEBHOOK_SECRET).update(`${t}.${delivery.body}`).digest('hex')).toBe(v1);
      expect(Math.abs(Number(t) - Date.now() / 1000)).toBeLessThan(60);
      const body = JSON.parse(delivery.body) as { event: string; job: JobBody };
      expect(body.event).toBe('job.completed');
      expect(body.job.job_id).toBe(id);
      expect(body.job.status).toBe('completed');
      expect(body.job.result!.metadata).toEqual(job.result!.metadata);
      expect(job.webhook!.deliveries[0]).toMatchObject({ event: 'job.completed', attempt: 1, status_code: 204, delivered: true });
    });

    it('writes Parquet part files that DuckDB reads as one table with the plan types', async () => {
      const request = { ...REQUEST, datasets: 2, dataset_size: 45_000, prompt: 'customers and orders', reality: 0, output_format: 'parquet' };
      const id = await client.start(request);
      const job = await client.waitFor(id);
      expect(job.status).toBe('completed');
      const folder = mkdtempSync(join(tmpdir(), 'datagen-parquet-'));
      for (const [name, body] of await downloadAll(job)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), body);
      }
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const connection = await (await DuckDBInstance.create(':memory:')).connect();
      const streamed = (await (await postGenerate(stack.url, { ...request, output_format: 'json' })).json()) as { datasets: Record<string, { content: Record<string, unknown>[] }> };
      for (const [dataset, { content }] of Object.entries(streamed.datasets)) {
        const parts = Object.keys(job.result!.download_links).filter((name) => name.startsWith(`${dataset}/part-`));
        expect(parts.length).toBe(Math.ceil(45_000 / 20_000));
        const table = `read_parquet('${join(folder, dataset)}/*.parquet')`;
        const count = await connection.runAndReadAll(`SELECT count(*) FROM ${table}`);
        expect(Number(count.getRows()[0]![0])).toBe(45_000);
        const first = await connection.runAndReadAll(`SELECT * FROM ${table} LIMIT 1`);
        const columns = first.columnNames();
        expect(columns).toEqual(Object.keys(content[0]!));
      }
    });

    it('answers 404 for an unknown job and 400 for a bad request, queuing nothing', async () => {
      const unknown = await client.get('no-such-job');
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ error: expect.any(String) });
      const bad = await client.create({ ...REQUEST, dataset_size: -1, compression: 'zip' });
      expect(bad.status).toBe(400);
      const body = (await bad.json()) as { error: string; issues: string[] };
      expect(body.error).toBe('Invalid request payload');
      expect(body.issues.join(' ')).toMatch(/dataset_size/);
      expect(body.issues.join(' ')).toMatch(/compression/);
    });
  });
}
