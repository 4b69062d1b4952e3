import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { FakeOpenAiServer, GOOD_PLAN_DRAFT } from '../support/fake-openai-server.js';
import { startTestStack } from '../support/start-test-stack.js';

// The real gateway, planner and generator, with PLANNER_KIND=openai pointed at a local
// OpenAI-compatible server. Every test uses its own key, so the plan cache never answers for
// another test, and all keys are looked for in every process's output at the end.
const PROMPT = 'Online shop with customers and orders';
const keys: string[] = [];

function apiKey(name: string): string {
  const key = `sk-e2e-${name}-${Math.random().toString(36).slice(2)}SECRET`;
  keys.push(key);
  return key;
}

let fake: FakeOpenAiServer;
let stack: LocalStack;
const bodies: string[] = [];

beforeAll(async () => {
  fake = await FakeOpenAiServer.start();
  stack = await startTestStack({
    env: {
      PLANNER_KIND: 'openai',
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_MODEL: 'gpt-e2e',
      OPENAI_TIMEOUT_MS: '2000',
      OPENAI_MAX_RETRIES: '0',
      // The most talkative settings: neither our logs nor the openai client's may show a key.
      LOG_LEVEL: 'debug',
      OPENAI_LOG: 'debug',
    },
  });
});

afterAll(async () => {
  await stack?.stop();
  await fake?.stop();
});

// A success envelope or an error body, as far as these tests read them.
interface Answer {
  datasets: Record<string, { columns: string[]; content: Record<string, unknown>[] }>;
  metadata: Record<string, unknown>;
  error?: string;
  detail?: string;
}

async function generate(body: Record<string, unknown>): Promise<{ status: number; headers: Headers; json: Answer }> {
  const response = await fetch(`${stack.url}/api/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ prompt: PROMPT, dataset_size: 20, output_format: 'json', ...body }),
  });
  const text = await response.text();
  bodies.push(text);
  return { status: response.status, headers: response.headers, json: JSON.parse(text) };
}

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('POST /api/generate with PLANNER_KIND=openai', () => {
  it("generates the model's datasets and reports the openai planner", async () => {
    fake.respondWith({ kind: 'content', content: JSON.stringify(GOOD_PLAN_DRAFT) });
    const key = apiKey('good');
    const { status, json } = await generate({ api_key: key, seed: 11 });
    expect(status).toBe(200);
    expect(json.metadata).toMatchObject({ planner: 'openai', seed: 11, total_records: 40 });
    expect(Object.keys(json.datasets)).toEqual(['customers', 'orders']);
    expect(json.datasets.orders!.columns).toEqual(['id', 'customer_id', 'quantity', 'unit_price', 'total', 'ordered_at', 'status']);
    const customerIds = new Set(json.datasets.customers!.content.map((row) => row.id));
    for (const order of json.datasets.orders!.content) {
      expect(customerIds.has(order.customer_id)).toBe(true);
      expect(['pending', 'shipped', 'delivered']).toContain(order.status);
    }
    const sent = fake.requests.at(-1)!;
    expect(sent.headers.authorization).toBe(`Bearer ${key}`);
    expect(sent.body).toMatchObject({ model: 'gpt-e2e', response_format: { type: 'json_schema', json_schema: { strict: true } } });
  });

  it('answers an identical request from the cache, with the new seed', async () => {
    fake.respondWith({ kind: 'content', content: JSON.stringify(GOOD_PLAN_DRAFT) });
    const key = apiKey('cached');
    await generate({ api_key: key, seed: 1 });
    const asked = fake.requests.length;
    const { status, json } = await generate({ api_key: key, seed: 2 });
    expect(status).toBe(200);
    expect(json.metadata.seed).toBe(2);
    expect(fake.requests.length).toBe(asked);
  });

  it('answers a key OpenAI refuses with 401 in the documented shape', async () => {
    fake.respondWith({ kind: 'error', status: 401 });
    const { status, json } = await generate({ api_key: apiKey('refused') });
    expect(status).toBe(401);
    expect(json).toEqual({ error: 'Invalid API key', detail: 'OpenAI refused the API key: it is invalid, expired or revoked' });
  });

  it("plans without a key on a server that is not OpenAI's, with structured outputs where it has them", async () => {
    fake.respondWith({ kind: 'content', content: JSON.stringify(GOOD_PLAN_DRAFT) });
    const { status, json } = await generate({ seed: 3 });
    expect(status).toBe(200);
    expect(json.metadata).toMatchObject({ planner: 'openai', seed: 3 });
    const sent = fake.requests.at(-1)!;
    expect(sent.headers.authorization).toBe('Bearer no-key');
    expect(sent.body).toMatchObject({ response_format: { type: 'json_schema' } });
  });

  it('answers an OpenAI rate limit with 429 and its Retry-After', async () => {
    fake.respondWith({ kind: 'error', status: 429, headers: { 'retry-after': '7' } });
    const { status, headers, json } = await generate({ api_key: apiKey('limited') });
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('7');
    expect(json).toMatchObject({ error: 'Rate limited' });
  });

  it('answers an OpenAI server error with 503', async () => {
    fake.respondWith({ kind: 'error', status: 500 });
    const { status, json } = await generate({ api_key: apiKey('broken') });
    expect(status).toBe(503);
    expect(json).toEqual({ error: 'Model unavailable', detail: 'OpenAI failed to answer (HTTP 500); try again shortly' });
  });

  it('answers a model slower than OPENAI_TIMEOUT_MS with 504', async () => {
    fake.respondWith({ kind: 'slow', delayMs: 5_000, content: JSON.stringify(GOOD_PLAN_DRAFT) });
    const started = Date.now();
    const { status, json } = await generate({ api_key: apiKey('slow') });
    expect(status).toBe(504);
    expect(json).toEqual({ error: 'Request timeout', detail: 'OpenAI did not answer within 2 seconds' });
    expect(Date.now() - started).toBeLessThan(4_500);
  });

  it('stops the model request as soon as the client goes away, long before OPENAI_TIMEOUT_MS', async () => {
    fake.respondWith({ kind: 'slow', delayMs: 5_000, content: JSON.stringify(GOOD_PLAN_DRAFT) });
    const seen = fake.requests.length;
    const client = new AbortController();
    const call = fetch(`${stack.url}/api/generate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ prompt: PROMPT, dataset_size: 20, api_key: apiKey('gone') }),
      signal: client.signal,
    }).catch((error: unknown) => error);
    await waitFor(() => fake.requests.length > seen);
    client.abort();
    expect(await call).toBeInstanceOf(Error);
    const upstream = fake.requests[seen]!;
    await waitFor(() => upstream.abandonedAt !== undefined);
    expect(upstream.abandonedAt! - upstream.receivedAt).toBeLessThan(1_500);
  });

  it('answers a malformed plan with 503 and says why', async () => {
    fake.respondWith({ kind: 'content', content: '{"datasets": "customers and orders"}' });
    const { status, json } = await generate({ api_key: apiKey('malformed') });
    expect(status).toBe(503);
    expect(json).toEqual({ error: 'Unusable plan', detail: "The model's answer could not be used as a plan: datasets must be an array" });
  });

  it('never shows a key in any response body or process output', async () => {
    // Stopping flushes every process's output.
    await stack.stop();
    const output = stack.processes.map((running) => running.output.join('')).join('\n');
    expect(output.length).toBeGreaterThan(0);
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect(output).not.toContain(key);
    // Even a prefix, as OpenAI's own 401 message quotes one.
    expect(output).not.toContain('sk-e2e');
    for (const body of bodies) expect(body).not.toContain('sk-e2e');
  });
});
