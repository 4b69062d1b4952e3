import { afterEach, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { checkServing } from '../../libs/grpc/src/health-client.js';
import { hashResponse } from '../support/hash-response.js';
import { postGenerate } from '../support/post-generate.js';
import { startTestStack } from '../support/start-test-stack.js';

// The same request and seed must give the same bytes whatever the number of generators and
// the shard size, and losing a generator mid-request must lose nothing.
const REQUEST = {
  prompt: 'Online shop with customers and orders',
  datasets: 2,
  dataset_size: 60_000,
  reality: 0,
  output_format: 'json',
  seed: 20261126,
};

let stacks: LocalStack[] = [];

afterEach(async () => {
  await Promise.all(stacks.map((stack) => stack.stop()));
  stacks = [];
});

async function start(generators: number, shardSize: number): Promise<LocalStack> {
  const stack = await startTestStack({ generators, env: { SHARD_SIZE: String(shardSize) } });
  stacks.push(stack);
  return stack;
}

// Sum of datagen_shard_resumes_total over its labels, from the gateway's GET /metrics.
async function shardResumes(stack: LocalStack): Promise<number> {
  const metrics = await (await fetch(`${stack.url}/metrics`)).text();
  return [...metrics.matchAll(/^datagen_shard_resumes_total(?:\{[^}]*\})? (\d+)$/gm)].reduce((sum, [, value]) => sum + Number(value), 0);
}

function withoutTimestamp(text: string): string {
  return text.replace(/"generation_timestamp":"[^"]+"/, '"generation_timestamp":""');
}

describe('scale-out', () => {
  it('gives identical bytes with 1, 2 or 3 generators and any shard size', async () => {
    const bodies: string[] = [];
    for (const [generators, shardSize] of [
      [1, 100_000],
      [2, 7_777],
      [3, 1_000],
    ]) {
      const stack = await start(generators, shardSize);
      const response = await postGenerate(stack.url, REQUEST);
      expect(response.status).toBe(200);
      bodies.push(withoutTimestamp(await response.text()));
      await stack.stop();
    }
    const parsed = JSON.parse(bodies[0]) as { metadata: { total_records: number } };
    expect(parsed.metadata.total_records).toBe(120_000);
    expect(bodies[1]).toBe(bodies[0]);
    expect(bodies[2]).toBe(bodies[0]);
  });

  it('completes byte-identically when a generator is killed with SIGKILL mid-request', async () => {
    const stack = await start(2, 20_000);
    const request = { ...REQUEST, datasets: 1, prompt: 'customers', dataset_size: 1_000_000 };
    const undisturbed = await hashResponse(await postGenerate(stack.url, request));
    expect(undisturbed.status).toBe(200);
    const resumesBefore = await shardResumes(stack);

    let killed = false;
    const disturbed = await hashResponse(await postGenerate(stack.url, request), (bytes) => {
      if (!killed && bytes > undisturbed.bytes / 4) {
        killed = true;
        stack.process('generator-1').child.kill('SIGKILL');
      }
    });
    expect(killed).toBe(true);
    expect(disturbed.status).toBe(200);
    expect(disturbed.bytes).toBe(undisturbed.bytes);
    expect(disturbed.datasetsSha256).toBe(undisturbed.datasetsSha256);
    expect(disturbed.metadata).toMatchObject({ total_records: 1_000_000 });
    expect(await shardResumes(stack)).toBeGreaterThan(resumesBefore);
  });

  it('drains a generator on SIGTERM: NOT_SERVING at once, streams finished or resumed, then exit', async () => {
    const stack = await start(2, 20_000);
    const request = { ...REQUEST, datasets: 1, prompt: 'customers', dataset_size: 600_000 };
    const undisturbed = await hashResponse(await postGenerate(stack.url, request));
    const generator = stack.process('generator-1');
    const exited = new Promise<number | null>((resolve) => generator.child.once('exit', (code) => resolve(code)));
    let signalled = false;
    let servingAfterSignal: Promise<boolean> | undefined;
    const drained = await hashResponse(await postGenerate(stack.url, request), (bytes) => {
      if (!signalled && bytes > undisturbed.bytes / 4) {
        signalled = true;
        generator.child.kill('SIGTERM');
        servingAfterSignal = new Promise((resolve) => setTimeout(resolve, 200)).then(() => checkServing(stack.generatorAddresses[0]));
      }
    });
    expect(signalled).toBe(true);
    expect(await servingAfterSignal).toBe(false);
    expect(await exited).toBe(0);
    expect(drained.status).toBe(200);
    expect(drained.datasetsSha256).toBe(undisturbed.datasetsSha256);
  });
});
