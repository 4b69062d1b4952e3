import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { hashResponse } from '../support/hash-response.js';
import { postGenerate } from '../support/post-generate.js';
import { startTestStack } from '../support/start-test-stack.js';

// Faults in a row (issue 11): with two generators behind one gateway, one is killed during a
// response and restarted, and 1-3 s later the other is drained during the next response.
// Once in 13 runs that response was aborted: while the killed generator was down, grpc-js
// spaced its reconnect attempts further and further apart (1, 1.6, 2.6, 4.1, 6.6, 10.5 s …),
// so the gateway left it unused for seconds after it was back; with the other one draining,
// shards found no ready generator and used up their 3.1 s of resume tries.
//
// What grows the backoff is how long the killed generator stays down, not how big the
// responses are: under a 2,000,000-record response it was down for 5-15 s. So the responses
// here are small and the generator stays down DOWN_MS, where the old code failed most runs.
const REQUEST = { prompt: 'customers', datasets: 1, dataset_size: 200_000, reality: 0, output_format: 'json', seed: 20261201 };
const STACK_ENV = { SHARD_SIZE: '10000' };
const ITERATIONS = 8;
const DOWN_MS = 9_000;
// The second response starts a moment before the drain, so the drain falls inside it.
const SECOND_RESPONSE_LEAD_MS = 150;

let stacks: LocalStack[] = [];

afterEach(async () => {
  await Promise.all(stacks.map((stack) => stack.stop()));
  stacks = [];
});

async function start(generators: number, env: NodeJS.ProcessEnv): Promise<LocalStack> {
  const stack = await startTestStack({ generators, env });
  stacks.push(stack);
  return stack;
}

// The response's body hash, or how it broke.
async function outcome(response: Response, reference: string, onBytes: (bytes: number) => void = () => undefined): Promise<string> {
  let received = 0;
  try {
    const hashed = await hashResponse(response, (bytes) => {
      received = bytes;
      onBytes(bytes);
    });
    return hashed.status === 200 && hashed.datasetsSha256 === reference ? 'identical' : `status ${hashed.status}, other bytes`;
  } catch {
    return `aborted after ${received} bytes`;
  }
}

describe('faults in a row', () => {
  it('completes every response byte-identically when a generator is killed, restarted, and the other drained 1-3 s later', async () => {
    const [single, stack] = await Promise.all([start(1, STACK_ENV), start(2, STACK_ENV)]);
    const reference = await hashResponse(await postGenerate(single.url, REQUEST));
    expect(reference.status).toBe(200);
    await single.stop();

    const outcomes: string[] = [];
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const [victim, drained] = iteration % 2 === 0 ? [1, 2] : [2, 1];
      let killedAt = 0;
      const killed = await outcome(await postGenerate(stack.url, REQUEST), reference.datasetsSha256, (bytes) => {
        if (!killedAt && bytes > reference.bytes / 4) {
          killedAt = Date.now();
          stack.process(`generator-${victim}`).child.kill('SIGKILL');
        }
      });
      expect(killedAt).toBeGreaterThan(0);
      await sleep(Math.max(0, killedAt + DOWN_MS - Date.now()));

      const restarted = stack.restartGenerator(victim);
      const drainAt = Date.now() + 1_000 + Math.random() * 2_000;
      await sleep(Math.max(0, drainAt - SECOND_RESPONSE_LEAD_MS - Date.now()));
      let drainedDuringResponse = false;
      const drain = setTimeout(() => {
        drainedDuringResponse = true;
        stack.process(`generator-${drained}`).child.kill('SIGTERM');
      }, Math.max(0, drainAt - Date.now()));
      const next = await outcome(await postGenerate(stack.url, REQUEST), reference.datasetsSha256);
      clearTimeout(drain);
      expect(drainedDuringResponse, 'the drain came after the second response had ended').toBe(true);
      outcomes.push(`kill ${killed}, drain ${next}`);

      await restarted;
      await stack.restartGenerator(drained);
    }
    expect(outcomes).toEqual(Array(ITERATIONS).fill('kill identical, drain identical'));
  }, 300_000);

  it('logs why a response was aborted, with its request id, when no generator comes back in time', async () => {
    const stack = await start(1, { ...STACK_ENV, RESUME_WAIT_MS: '3000', GENERATOR_RECONNECT_MAX_MS: '1000' });
    const response = await postGenerate(stack.url, REQUEST);
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    let killed = false;
    const result = await outcome(response, '', (bytes) => {
      if (!killed && bytes > 1_000_000) {
        killed = true;
        stack.process('generator-1').child.kill('SIGKILL');
      }
    });
    expect(result).toMatch(/^aborted after \d+ bytes$/);

    // The gateway logs before it cuts the body, but its output crosses a pipe: it may come later.
    const aborts = await vi.waitFor(() => {
      const found = stack
        .process('gateway')
        .output.join('')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string; req?: { id?: string } })
        .filter((entry) => entry.msg?.startsWith('response aborted'));
      expect(found).not.toHaveLength(0);
      return found;
    }, { timeout: 5_000 });
    expect(aborts).toHaveLength(1);
    expect(aborts[0].req?.id).toBe(requestId);
    expect(aborts[0].msg).toMatch(
      /^response aborted after its body started: Service unavailable: .*; cause: customers records \d+-\d+ could not be resumed: no generator was ready to take it within \d+ ms of its stream breaking \(last error UNAVAILABLE: .+\)$/,
    );
    const metrics = await (await fetch(`${stack.url}/metrics`)).text();
    expect(metrics).toMatch(/datagen_generate_requests_total\{outcome="aborted",format="json"\} 1/);
  });
});
