import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { hashResponse } from '../support/hash-response.js';
import { postGenerate } from '../support/post-generate.js';
import { startTestStack } from '../support/start-test-stack.js';

let stack: LocalStack | undefined;

afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});

// CPU time (user + system, in clock ticks) a process has used so far.
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('limits', () => {
  it('answers 429 with Retry-After past the per-client request rate', async () => {
    stack = await startTestStack({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    const statuses = [];
    for (let index = 0; index < 4; index++) {
      const response = await postGenerate(stack!.url, { prompt: 'customers', datasets: 1, dataset_size: 5 });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await response.json()).toMatchObject({ error: 'Rate limited' });
      } else {
        await response.arrayBuffer();
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('bounds concurrent large generations with 429 and Retry-After', async () => {
    stack = await startTestStack({ env: { MAX_LARGE_GENERATIONS: '1', LARGE_GENERATION_RECORDS: '100000' } });
    const abort = new AbortController();
    const large = await postGenerate(stack!.url, { prompt: 'customers', datasets: 1, dataset_size: 2_000_000 }, abort.signal);
    expect(large.status).toBe(200);
    const second = await postGenerate(stack!.url, { prompt: 'customers', datasets: 1, dataset_size: 2_000_000 });
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
    const small = await postGenerate(stack!.url, { prompt: 'customers', datasets: 1, dataset_size: 10 });
    expect(small.status).toBe(200);
    await small.arrayBuffer();
    abort.abort();
  });

  it('stops the generator within a second when the client disconnects', async () => {
    stack = await startTestStack();
    const generator = stack.process('generator-1').child.pid!;
    const abort = new AbortController();
    const response = await postGenerate(stack!.url, { prompt: 'customers', datasets: 1, dataset_size: 5_000_000 }, abort.signal);
    const reader = response.body!.getReader();
    let received = 0;
    while (received < 20_000_000) received += (await reader.read()).value!.byteLength;
    abort.abort();
    await sleep(1000);
    const settled = cpuTicks(generator);
    await sleep(1000);
    // Clock ticks are 10 ms: a generator still producing would burn ~100 in a second.
    expect(cpuTicks(generator) - settled).toBeLessThan(10);
    const metrics = await (await fetch(`${stack.url}/metrics`)).text();
    expect(metrics).toMatch(/datagen_generate_in_flight 0/);
    expect(metrics).toMatch(/^datagen_generate_requests_total\{outcome="499",format="json"\} 1$/m);
    expect(metrics).not.toMatch(/datagen_generate_requests_total\{outcome="200"/);
  });

  it('finishes the response in flight when the gateway gets SIGTERM, then exits', async () => {
    stack = await startTestStack();
    const gateway = stack.process('gateway').child;
    const exited = new Promise<NodeJS.Signals | null>((resolve) => gateway.once('exit', (_code, signal) => resolve(signal)));
    const response = await postGenerate(stack!.url, { prompt: 'customers', datasets: 1, dataset_size: 300_000, seed: 1 });
    let signalled = false;
    const result = await hashResponse(response, (bytes) => {
      if (!signalled && bytes > 1_000_000) {
        signalled = true;
        gateway.kill('SIGTERM');
      }
    });
    expect(signalled).toBe(true);
    expect(result.status).toBe(200);
    expect(result.metadata).toMatchObject({ total_records: 300_000 });
    expect(await exited).toBe('SIGTERM');
  });
});
