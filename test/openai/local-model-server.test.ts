import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { FakeOpenAiServer, GOOD_PLAN_DRAFT } from '../support/fake-openai-server.js';
import { startTestStack } from '../support/start-test-stack.js';

// The real gateway, planner and generator with PLANNER_KIND=openai, once pointed at a local
// OpenAI-compatible server without structured outputs (as llama.cpp's was), once at OpenAI's
// own address, where a key of the wrong form is refused before anything is sent. The keys of
// both are looked for in every process's output at the end.
const PROMPT = 'Online shop with customers and orders';
const LOCAL_KEY = `local-token-${Math.random().toString(36).slice(2)}SECRET`;
const NOT_OPENAI_KEY = `pk-${Math.random().toString(36).slice(2)}SECRET`;

let fake: FakeOpenAiServer;
let local: LocalStack;
let openai: LocalStack;

beforeAll(async () => {
  fake = await FakeOpenAiServer.start();
  fake.supportStructuredOutputs(false);
  fake.respondWith({ kind: 'content', content: JSON.stringify(GOOD_PLAN_DRAFT) });
  const talkative = { PLANNER_KIND: 'openai', OPENAI_MODEL: 'local-e2e', LOG_LEVEL: 'debug', OPENAI_LOG: 'debug' };
  [local, openai] = await Promise.all([
    startTestStack({ env: { ...talkative, OPENAI_BASE_URL: fake.baseURL, OPENAI_TIMEOUT_MS: '2000' } }),
    startTestStack({ env: { ...talkative, OPENAI_BASE_URL: 'https://api.openai.com/v1' } }),
  ]);
});

afterAll(async () => {
  await local?.stop();
  await openai?.stop();
  await fake?.stop();
});

async function generate(stack: LocalStack, body: Record<string, unknown>): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${stack.url}/api/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ prompt: PROMPT, dataset_size: 20, output_format: 'json', ...body }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

function formatsAsked(from: number): string[] {
  return fake.requests.slice(from).map((sent) => (sent.body as { response_format: { type: string } }).response_format.type);
}

describe('PLANNER_KIND=openai with a local model server', () => {
  it('plans without an api_key, in JSON mode once the server has refused structured outputs', async () => {
    const { status, json } = await generate(local, { seed: 5 });
    expect(status).toBe(200);
    expect(json.metadata).toMatchObject({ planner: 'openai', seed: 5, total_records: 40 });
    expect(Object.keys(json.datasets as object)).toEqual(['customers', 'orders']);
    expect(formatsAsked(0)).toEqual(['json_schema', 'json_object']);
    expect(fake.requests.at(-1)!.headers.authorization).toBe('Bearer no-key');
  });

  it('passes a key of any form on to the server, and asks in JSON mode straight away', async () => {
    const asked = fake.requests.length;
    const { status, json } = await generate(local, { api_key: LOCAL_KEY, seed: 6 });
    expect(status).toBe(200);
    expect(json.metadata).toMatchObject({ planner: 'openai', seed: 6 });
    expect(formatsAsked(asked)).toEqual(['json_object']);
    expect(fake.requests.at(-1)!.headers.authorization).toBe(`Bearer ${LOCAL_KEY}`);
  });
});

describe("PLANNER_KIND=openai with OpenAI's own endpoint", () => {
  it('still refuses a key without sk- with the documented 401, before any model call', async () => {
    const { status, json } = await generate(openai, { api_key: NOT_OPENAI_KEY });
    expect(status).toBe(401);
    expect(json).toEqual({ error: 'Invalid API key format', detail: "API key must start with 'sk-'" });
  });

  it('still refuses a missing key with 401 "Missing API key"', async () => {
    const { status, json } = await generate(openai, {});
    expect(status).toBe(401);
    expect(json).toEqual({ error: 'Missing API key', detail: 'api_key is required when the OpenAI planner runs' });
  });
});

describe('secrets', () => {
  it('never shows a key, or the stand-in for none, in any process output', async () => {
    // Stopping flushes every process's output.
    await Promise.all([local.stop(), openai.stop()]);
    const output = [...local.processes, ...openai.processes].map((running) => running.output.join('')).join('\n');
    expect(output.length).toBeGreaterThan(0);
    for (const secret of [LOCAL_KEY, NOT_OPENAI_KEY, 'no-key']) expect(output).not.toContain(secret);
  });
});
