import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { JobsClient } from '../support/jobs-client.js';
import { startTestStack } from '../support/start-test-stack.js';

// With API tokens configured, a job is seen only by the token that created it: any other
// token finds no such job, and no token at all is refused.
const ALICE = 'alice-token-0123456789abcdef';
const BOB = 'bob-token-0123456789abcdef';
const REQUEST = { prompt: 'customers', datasets: 1, dataset_size: 1_000, output_format: 'csv', seed: 7 };

describe('job owners', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startTestStack({ env: { API_TOKENS: `${ALICE},${BOB}` } });
  });

  afterAll(() => stack?.stop());

  it("shows a job only to its creator's token, and its download link works without one", async () => {
    const alice = new JobsClient(stack.url, ALICE);
    const id = await alice.start(REQUEST);
    const job = await alice.waitFor(id);
    expect(job.status).toBe('completed');

    const bob = new JobsClient(stack.url, BOB);
    for (const response of [await bob.get(id), await bob.cancel(id), await fetch(`${stack.url}/api/jobs/${id}/events`, { headers: { Authorization: `Bearer ${BOB}` } })]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: 'Job not found' });
    }
    const anonymous = await new JobsClient(stack.url).get(id);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');

    const download = await fetch(job.result!.download_links.customers!);
    expect(download.status).toBe(200);
    expect((await download.text()).split('\n')[0]).toMatch(/^id,first_name,/);
    expect((await alice.job(id)).status).toBe('completed');
  });
});
