import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { FakeOpenAiServer, GOOD_PLAN_DRAFT } from '../support/fake-openai-server.js';
import { startTestStack } from '../support/start-test-stack.js';

// SIGTERM reaches the planner while a plan waits on a slow model. PLANNER_SHUTDOWN_GRACE_MS
// decides whether that plan is answered before the planner exits.
const MODEL_DELAY_MS = 3_000;

let fake: FakeOpenAiServer;
let stack: LocalStack | undefined;

beforeAll(async () => {
  fake = await FakeOpenAiServer.start();
  fake.respondWith({ kind: 'slow', delayMs: MODEL_DELAY_MS, content: JSON.stringify(GOOD_PLAN_DRAFT) });
});

afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});

afterAll(async () => {
  await fake?.stop();
});

async function startWithGrace(graceMs: number): Promise<LocalStack> {
  return startTestStack({
    env: {
      PLANNER_KIND: 'openai',
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_TIMEOUT_MS: '10000',
      PLANNER_SHUTDOWN_GRACE_MS: String(graceMs),
    },
  });
}

// Sends a request, and SIGTERMs the planner once its model call has started.
async function generateWhilePlannerStops(running: LocalStack): Promise<{ status: number; body: Record<string, unknown>; plannerExit: Promise<number | null> }> {
  const planner = running.process('planner').child;
  const plannerExit = new Promise<number | null>((resolve) => planner.once('exit', (code) => resolve(code)));
  const modelCalls = fake.requests.length;
  const answer = fetch(`${running.url}/api/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ prompt: 'Online shop with customers and orders', api_key: 'sk-shutdown-test', dataset_size: 5 }),
  });
  while (fake.requests.length === modelCalls) await new Promise((resolve) => setTimeout(resolve, 20));
  planner.kill('SIGTERM');
  const response = await answer;
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, plannerExit };
}

describe('planner shutdown grace (PLANNER_SHUTDOWN_GRACE_MS)', () => {
  it('answers a plan in flight that finishes within the grace, then exits', async () => {
    stack = await startWithGrace(MODEL_DELAY_MS * 3);
    const { status, body, plannerExit } = await generateWhilePlannerStops(stack);
    expect(status).toBe(200);
    expect(body.metadata).toMatchObject({ planner: 'openai', total_records: 10 });
    expect(Object.keys(body.datasets as object)).toEqual(['customers', 'orders']);
    expect(await plannerExit).toBe(0);
    expect(fake.requests.at(-1)?.abandonedAt).toBeUndefined();
  });

  it('exits when the grace is over, abandoning the model call', async () => {
    stack = await startWithGrace(MODEL_DELAY_MS / 3);
    const { status, body, plannerExit } = await generateWhilePlannerStops(stack);
    expect(await plannerExit).toBe(0);
    expect(status).toBe(503);
    expect(body).toMatchObject({ error: expect.any(String) });
    expect(fake.requests.at(-1)?.abandonedAt).toBeDefined();
  });
});
