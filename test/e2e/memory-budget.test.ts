import { afterEach, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { GENERATION_RESERVE_BYTES } from '../../gateway/src/generate/memory-admission.js';
import { hashResponse } from '../support/hash-response.js';
import { postGenerate } from '../support/post-generate.js';
import { startTestStack } from '../support/start-test-stack.js';

// The gateway keeps this much of its memory budget for each admitted generation; these budgets
// admit one or three at a time.
const RESERVE = GENERATION_RESERVE_BYTES;

// About 45 MB: far more than loopback socket buffers hold, so a client that does not read
// keeps its generation admitted until it does.
const REQUEST = { prompt: 'customers', datasets: 1, dataset_size: 200_000, seed: 11 };

let stack: LocalStack | undefined;

afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});

async function metrics(): Promise<string> {
  return (await fetch(`${stack!.url}/metrics`)).text();
}

// Polls /metrics until a line matches: a wait for a state, not a timing.
async function untilMetrics(pattern: RegExp): Promise<void> {
  while (!pattern.test(await metrics())) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('memory budget', () => {
  it(
    'makes generations wait for room in line, and every response is byte-identical to the same request alone',
    async () => {
      stack = await startTestStack({
        env: {
          GATEWAY_MEMORY_BUDGET_BYTES: String(3 * RESERVE),
          GATEWAY_MEMORY_WAIT_MS: '600000',
          GENERATOR_MEMORY_BUDGET_BYTES: String(512 * 1024),
          SHARD_SIZE: '10000',
        },
      });
      const alone = await hashResponse(await postGenerate(stack!.url, REQUEST));
      expect(alone.status).toBe(200);
      expect(alone.metadata).toMatchObject({ total_records: 200_000 });

      // Three responses that nobody reads yet fill the budget; three more must wait for them.
      const unread = await Promise.all([postGenerate(stack!.url, REQUEST), postGenerate(stack!.url, REQUEST), postGenerate(stack!.url, REQUEST)]);
      expect(unread.map((response) => response.status)).toEqual([200, 200, 200]);
      const waiting = [postGenerate(stack!.url, REQUEST), postGenerate(stack!.url, REQUEST), postGenerate(stack!.url, REQUEST)];
      await untilMetrics(/^datagen_memory_waiting 3$/m);

      const results = await Promise.all([...unread.map((response) => hashResponse(response)), ...waiting.map(async (response) => hashResponse(await response))]);
      expect(results.map((result) => result.status)).toEqual(Array(6).fill(200));
      expect(results.map((result) => result.datasetsSha256)).toEqual(Array(6).fill(alone.datasetsSha256));
      await untilMetrics(/^datagen_generate_in_flight 0$/m);
      const after = await metrics();
      expect(after).toMatch(/^datagen_memory_admissions_total\{outcome="waited"\} 3$/m);
      // Every byte counted was given back.
      expect(after).toMatch(/^datagen_memory_in_flight_bytes 0$/m);
    },
    180_000,
  );

  it('answers 429 with Retry-After, before any body, when the wait for room would pass its limit', async () => {
    stack = await startTestStack({ env: { GATEWAY_MEMORY_BUDGET_BYTES: String(RESERVE), GATEWAY_MEMORY_WAIT_MS: '200' } });
    const abort = new AbortController();
    const holder = await postGenerate(stack!.url, REQUEST, abort.signal);
    expect(holder.status).toBe(200);

    const refused = await postGenerate(stack!.url, { ...REQUEST, seed: 12 });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await refused.json()).toEqual({
      error: 'Rate limited',
      detail: 'The gateway is streaming as much as its memory allows; retry in 1 second',
    });
    expect(await metrics()).toMatch(/^datagen_memory_admissions_total\{outcome="rejected"\} 1$/m);

    // A body the Accept header cannot take is refused at once, without waiting for room.
    const unacceptable = await fetch(`${stack!.url}/api/generate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/csv' },
      body: JSON.stringify({ ...REQUEST, output_format: 'sql' }),
    });
    expect(unacceptable.status).toBe(406);
    expect(await metrics()).toMatch(/^datagen_memory_admissions_total\{outcome="rejected"\} 1$/m);

    abort.abort();
    await untilMetrics(/^datagen_generate_in_flight 0$/m);
    const retried = await hashResponse(await postGenerate(stack!.url, { ...REQUEST, seed: 12 }));
    expect(retried.status).toBe(200);
    expect(retried.metadata).toMatchObject({ total_records: 200_000, seed: 12 });
  });
});
