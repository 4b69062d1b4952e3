import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { startTestStack } from '../support/start-test-stack.js';

// The test plays a reverse proxy on 127.0.0.1 that forwards several clients, naming each in
// X-Forwarded-For. The rate limit must count clients when TRUST_PROXY says 127.0.0.1 is a proxy,
// and only then: by default every forwarded client is the proxy, with one budget for all.
const RATE_LIMIT = 2;

interface Outcome {
  status: number;
  remaining: string | null;
  body: { error?: string; metadata?: { total_records?: number } };
}

function startStack(env: NodeJS.ProcessEnv = {}): Promise<LocalStack> {
  return startTestStack({ env: { RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT), ...env } });
}

async function generateFor(stack: LocalStack, forwardedFor: string): Promise<Outcome> {
  const response = await fetch(`${stack.url}/api/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
    body: JSON.stringify({ prompt: 'customers', datasets: 1, dataset_size: 3 }),
  });
  return { status: response.status, remaining: response.headers.get('x-ratelimit-remaining'), body: (await response.json()) as Outcome['body'] };
}

async function requestsFor(stack: LocalStack, forwardedFor: string, count: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let index = 0; index < count; index++) outcomes.push(await generateFor(stack, forwardedFor));
  return outcomes;
}

function expectAnswered(outcome: Outcome | undefined, remaining: number): void {
  expect(outcome?.status).toBe(200);
  expect(outcome?.body.metadata?.total_records).toBe(3);
  expect(outcome?.remaining).toBe(String(remaining));
}

function expectRateLimited(outcome: Outcome | undefined): void {
  expect(outcome?.status).toBe(429);
  expect(outcome?.body).toMatchObject({ error: 'Rate limited' });
}

describe('TRUST_PROXY naming the proxy in front of the gateway', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startStack({ TRUST_PROXY: '127.0.0.0/8' });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('gives each forwarded client a rate-limit budget of its own', async () => {
    const [first, second, third] = await requestsFor(stack, '203.0.113.1', RATE_LIMIT + 1);
    expectAnswered(first, 1);
    expectAnswered(second, 0);
    expectRateLimited(third);

    const [other, otherAgain, otherPast] = await requestsFor(stack, '203.0.113.2', RATE_LIMIT + 1);
    expectAnswered(other, 1);
    expectAnswered(otherAgain, 0);
    expectRateLimited(otherPast);
  });

  it('keeps a client to its budget when it writes forged hops into X-Forwarded-For', async () => {
    // The proxy appends the address it saw; what the client sent before it is not trusted.
    expectAnswered(await generateFor(stack, '198.51.100.1, 203.0.113.3'), 1);
    expectAnswered(await generateFor(stack, '198.51.100.2, 203.0.113.3'), 0);
    expectRateLimited(await generateFor(stack, '198.51.100.3, 203.0.113.3'));
  });
});

describe('without TRUST_PROXY', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('counts every forwarded client as the proxy: one budget shared by all', async () => {
    expectAnswered(await generateFor(stack, '203.0.113.1'), 1);
    expectAnswered(await generateFor(stack, '203.0.113.2'), 0);
    expectRateLimited(await generateFor(stack, '203.0.113.1'));
    expectRateLimited(await generateFor(stack, '203.0.113.2'));
  });
});
