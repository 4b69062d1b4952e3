import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { freePort } from '../../scripts/free-port.js';
import { JobsClient } from '../support/jobs-client.js';
import { startTestStack } from '../support/start-test-stack.js';
import { withTinyDisk } from '../support/tiny-disk.js';

// How jobs end when their storage fails, and when they have lived their time: never
// `completed` with a missing or short file, and with the store's own words.
const REQUEST = { prompt: 'orders', datasets: 1, output_format: 'json', seed: 11 };

let stack: LocalStack | undefined;

afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});

describe('job failures and expiry', () => {
  it('fails a job whose artifact store is unreachable, saying so', async () => {
    const closedPort = await freePort();
    stack = await startTestStack({
      env: {
        ARTIFACT_STORE: 's3://datagen-jobs/files',
        S3_ENDPOINT: `http://127.0.0.1:${closedPort}`,
        AWS_ACCESS_KEY_ID: 'test-key-id',
        AWS_SECRET_ACCESS_KEY: 'test-secret-key-never-shown',
        AWS_MAX_ATTEMPTS: '1',
      },
    });
    const client = new JobsClient(stack.url);
    const job = await client.waitFor(await client.start({ ...REQUEST, dataset_size: 1_000 }));
    expect(job.status).toBe('failed');
    expect(job.error).toMatchObject({ error: 'Artifact store failed' });
    expect(job.error!.detail).toMatch(/^The artifact store s3:\/\/datagen-jobs\/files is unreachable/);
    expect(JSON.stringify(job)).not.toContain('test-secret-key-never-shown');
    expect(job.result).toBeUndefined();
  });

  it('fails a job whose disk fills up, with no file left behind', async (context) => {
    await withTinyDisk('4m', context, async (folder) => {
      stack = await startTestStack({ env: { ARTIFACT_STORE: `file:${folder}`, JOB_SHARD_RECORDS: '20000' } });
      const client = new JobsClient(stack.url);
      const id = await client.start({ ...REQUEST, dataset_size: 200_000 });
      const job = await client.waitFor(id);
      expect(job.status).toBe('failed');
      expect(job.error).toEqual({ error: 'Artifact store full', detail: `The artifact store is full: no space left on file:${folder}` });
      expect(existsSync(join(folder, 'jobs', id))).toBe(false);
      await stack.stop();
      stack = undefined;
    });
  });

  it('removes a job and its files once JOB_TTL has passed', async () => {
    stack = await startTestStack({ env: { JOB_TTL: '3s' } });
    const client = new JobsClient(stack.url);
    const id = await client.start({ ...REQUEST, dataset_size: 1_000 });
    const job = await client.waitFor(id);
    const link = job.result!.download_links.orders!;
    expect((await fetch(link)).status).toBe(200);
    const giveUpAt = Date.now() + 20_000;
    while ((await client.get(id)).status !== 404) {
      expect(Date.now()).toBeLessThan(giveUpAt);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect((await fetch(link)).status).toBe(404);
  });
});
