import { status, type Metadata } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ErrorDetails, readErrorDetails } from '../../../../libs/grpc/src/status-details.js';
import { LogicalType } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { FakeOpenAiServer, GOOD_PLAN_DRAFT, field } from '../../../../test/support/fake-openai-server.js';
import { PayloadViolation } from '../rules/payload-violation.js';
import type { PlanningRequest } from '../rules/planning-request.js';
import { OpenAiPlanner, type OpenAiPlannerSettings } from './openai-planner.js';

const API_KEY = 'sk-test-0123456789abcdefSECRET';

let server: FakeOpenAiServer;

beforeAll(async () => {
  server = await FakeOpenAiServer.start();
});

afterAll(async () => {
  await server?.stop();
});

beforeEach(() => {
  server.requests.length = 0;
  server.supportStructuredOutputs(true);
  server.respondWith({ kind: 'content', content: JSON.stringify(GOOD_PLAN_DRAFT) });
});

function planner(overrides: Partial<OpenAiPlannerSettings> = {}): OpenAiPlanner {
  return new OpenAiPlanner({
    baseURL: server.baseURL,
    model: 'gpt-test',
    timeoutMs: 2_000,
    maxRetries: 0,
    responseFormat: 'auto',
    cacheEntries: 0,
    cacheTtlMs: 60_000,
    ...overrides,
  });
}

function request(overrides: Partial<PlanningRequest> = {}): PlanningRequest {
  return { prompt: 'Online shop with customers and orders', seed: 42, ...overrides };
}

// The status and the details a failed call sends in its status trailer.
async function failure(promise: Promise<unknown>): Promise<{ code: number } & Partial<ErrorDetails>> {
  const thrown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(RpcException);
  const { code, metadata } = (thrown as RpcException).getError() as { code: number; metadata: Metadata };
  return { code, ...readErrorDetails({ metadata }) };
}

describe('OpenAiPlanner against an OpenAI-compatible server', () => {
  it("turns the model's draft into a plan the builtin planner's consumers can run", async () => {
    const plan = await planner().createPlan(request({ datasetSize: 500, reality: 4 }), API_KEY);
    expect(plan).toMatchObject({ planner: 'openai', seed: 42, realityLevel: 4, domain: 'e-commerce', prompt: request().prompt, warnings: [] });
    expect(plan.datasets.map((dataset) => [dataset.name, dataset.size])).toEqual([
      ['customers', 500],
      ['orders', 500],
    ]);
    const orders = plan.datasets[1]!;
    expect(orders.fields.map((field) => field.name)).toEqual(['id', 'customer_id', 'quantity', 'unit_price', 'total', 'ordered_at', 'status']);
    expect(orders.fields[0]).toMatchObject({ primaryKey: true, generator: 'id.sequence', type: LogicalType.LOGICAL_TYPE_INTEGER });
    expect(orders.fields[1]).toMatchObject({ generator: 'reference', foreignKey: { dataset: 'customers', field: 'id' } });
    expect(orders.fields[4]).toMatchObject({ generator: 'formula', formula: { operands: ['quantity', 'unit_price'] } });
  });

  it('sends the key as a bearer token, the configured model and the strict plan schema', async () => {
    await planner().createPlan(request({ datasets: 2 }), API_KEY);
    expect(server.requests).toHaveLength(1);
    const [sent] = server.requests;
    expect(sent!.path).toBe('/v1/chat/completions');
    expect(sent!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const body = sent!.body as { model: string; messages: { content: string }[]; response_format: Record<string, unknown> };
    expect(body.model).toBe('gpt-test');
    expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'datagen_plan_draft', strict: true } });
    const schema = (body.response_format.json_schema as { schema: { required: string[] } }).schema;
    expect(schema.required).toEqual(['domain', 'datasets']);
    expect(body.messages.at(-1)!.content).toContain('Online shop with customers and orders');
    expect(JSON.stringify(body.messages)).not.toContain(API_KEY);
  });

  it("asks for realism rules in the schema and keeps the model's rules that name what the plan has", async () => {
    const [customers, orders] = GOOD_PLAN_DRAFT.datasets;
    const ruled = {
      ...GOOD_PLAN_DRAFT,
      datasets: [
        customers,
        {
          ...orders,
          fields: [
            ...orders!.fields.map((entry) =>
              entry.name === 'ordered_at' ? { ...entry, date_range: { ...(entry.date_range as object), not_before: 'customer_id.signup_date', min_days_after: null } } : entry,
            ),
            field({ name: 'shipped_at', type: 'timestamp', generator: 'date.timestamp', nullable: true, date_range: { start: null, end: null, after_field: 'ordered_at', max_days_after: 5 }, only_when: { field: 'status', operator: 'one_of', values: ['shipped', 'delivered', 'lost'], other_field: null } }),
          ],
        },
      ],
    };
    server.respondWith({ kind: 'content', content: JSON.stringify(ruled) });
    const plan = await planner().createPlan(request(), API_KEY);
    const fieldsOf = (name: string) => plan.datasets.find((dataset) => dataset.name === name)!.fields;
    expect(fieldsOf('orders').find((entry) => entry.name === 'ordered_at')!.dateRange?.notBefore).toBe('customer_id.signup_date');
    expect(fieldsOf('orders').find((entry) => entry.name === 'shipped_at')!.onlyWhen).toMatchObject({ field: 'status', values: ['shipped', 'delivered'] });
    expect(plan.warnings).toEqual(['Field orders.shipped_at: its only_when lists values that status never takes; kept shipped, delivered']);
    const body = server.requests[0]!.body as { messages: { content: string }[]; response_format: { json_schema: { schema: unknown } } };
    expect(JSON.stringify(body.response_format.json_schema.schema)).toContain('"required":["dataset","foreign_key_field","operator","field"]');
    expect(body.messages[0]!.content).toContain('only_when');
  });

  it('applies the payload rules to the datasets the model found', async () => {
    const plan = await planner().createPlan(request({ datasets: 3 }), API_KEY);
    expect(plan.datasets).toHaveLength(2);
    expect(plan.warnings[0]).toBe('Prompt mentions 2 entities (customers, orders) but datasets=3; generating 2 datasets');
    const refused = planner().createPlan(request({ datasets: 1, datasetSize: 4_000_000 }), API_KEY);
    await expect(refused).rejects.toBeInstanceOf(PayloadViolation);
  });

  it('refuses out-of-range parameters before asking the model', async () => {
    await expect(planner().createPlan(request({ reality: 11 }), API_KEY)).rejects.toBeInstanceOf(PayloadViolation);
    expect(server.requests).toHaveLength(0);
  });

  it('answers a missing key with UNAUTHENTICATED "Missing API key" on OpenAI\'s endpoint, without calling it', async () => {
    const answer = await failure(planner({ baseURL: 'https://api.openai.com/v1' }).createPlan(request(), undefined));
    expect(answer).toMatchObject({ code: status.UNAUTHENTICATED, error: 'Missing API key', detail: 'api_key is required when the OpenAI planner runs' });
  });

  it('plans without a key on a server that is not OpenAI\'s, sending a stand-in the client needs', async () => {
    const plan = await planner().createPlan(request(), undefined);
    expect(plan.planner).toBe('openai');
    expect(server.requests[0]!.headers.authorization).toBe('Bearer no-key');
  });

  it('asks again in JSON mode, with the schema in the instructions, when the server refuses structured outputs', async () => {
    server.supportStructuredOutputs(false);
    const plan = await planner().createPlan(request(), API_KEY);
    expect(plan.datasets.map((dataset) => dataset.name)).toEqual(['customers', 'orders']);
    const bodies = server.requests.map((sent) => sent.body as { messages: { content: string }[]; response_format: { type: string } });
    expect(bodies.map((body) => body.response_format.type)).toEqual(['json_schema', 'json_object']);
    expect(bodies[1]!.messages[0]!.content).toContain('"required":["domain","datasets"]');
  });

  it('keeps to JSON mode for later plans once the server has refused structured outputs', async () => {
    server.supportStructuredOutputs(false);
    const remembering = planner();
    await remembering.createPlan(request(), API_KEY);
    await remembering.createPlan(request({ seed: 7 }), API_KEY);
    expect(server.requests.map((sent) => (sent.body as { response_format: { type: string } }).response_format.type)).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('reads a JSON-mode answer with the same validation as a structured one', async () => {
    server.respondWith({ kind: 'content', content: '{"datasets": "customers and orders"}' });
    const answer = await failure(planner({ responseFormat: 'json_object' }).createPlan(request(), API_KEY));
    expect(answer).toMatchObject({ code: status.UNAVAILABLE, error: 'Unusable plan', detail: "The model's answer could not be used as a plan: datasets must be an array" });
    expect((server.requests[0]!.body as { response_format: unknown }).response_format).toEqual({ type: 'json_object' });
  });

  it('does not fall back when structured outputs are what the settings ask for', async () => {
    server.supportStructuredOutputs(false);
    const answer = await failure(planner({ responseFormat: 'json_schema' }).createPlan(request(), API_KEY));
    expect(answer).toMatchObject({ code: status.UNAVAILABLE, error: 'Model unavailable' });
    expect(answer.detail).not.toContain('json');
    expect(server.requests).toHaveLength(1);
  });

  it('maps 401 to UNAUTHENTICATED "Invalid API key" without the upstream message, which quotes the key', async () => {
    server.respondWith({ kind: 'error', status: 401 });
    const answer = await failure(planner().createPlan(request(), API_KEY));
    expect(answer).toMatchObject({ code: status.UNAUTHENTICATED, error: 'Invalid API key' });
    expect(JSON.stringify(answer)).not.toContain('sk-test');
  });

  it('maps 429 to RESOURCE_EXHAUSTED with the upstream Retry-After as google.rpc.RetryInfo', async () => {
    server.respondWith({ kind: 'error', status: 429, headers: { 'retry-after': '7' } });
    const answer = await failure(planner().createPlan(request(), API_KEY));
    expect(answer).toMatchObject({ code: status.RESOURCE_EXHAUSTED, error: 'Rate limited' });
    expect(answer.retryAfterSeconds).toBe(7);
    expect(answer.detail).not.toContain('sk-test');
  });

  it('maps an exhausted quota to RESOURCE_EXHAUSTED with the default retry-after', async () => {
    server.respondWith({ kind: 'error', status: 429, code: 'insufficient_quota' });
    const answer = await failure(planner().createPlan(request(), API_KEY));
    expect(answer.code).toBe(status.RESOURCE_EXHAUSTED);
    expect(answer.detail).toContain('quota');
    expect(answer.retryAfterSeconds).toBe(20);
  });

  it('maps a 500 to UNAVAILABLE', async () => {
    server.respondWith({ kind: 'error', status: 500 });
    const answer = await failure(planner().createPlan(request(), API_KEY));
    expect(answer).toMatchObject({ code: status.UNAVAILABLE, error: 'Model unavailable', detail: 'OpenAI failed to answer (HTTP 500); try again shortly' });
  });

  it('maps a server that cannot be reached to UNAVAILABLE', async () => {
    const answer = await failure(planner({ baseURL: 'http://127.0.0.1:1/v1' }).createPlan(request(), API_KEY));
    expect(answer).toMatchObject({ code: status.UNAVAILABLE, error: 'Model unavailable' });
  });

  it('maps an answer slower than the timeout to DEADLINE_EXCEEDED', async () => {
    server.respondWith({ kind: 'slow', delayMs: 3_000, content: JSON.stringify(GOOD_PLAN_DRAFT) });
    const answer = await failure(planner({ timeoutMs: 300 }).createPlan(request(), API_KEY));
    expect(answer).toMatchObject({ code: status.DEADLINE_EXCEEDED, error: 'Request timeout', detail: 'OpenAI did not answer within 0.3 seconds' });
  });

  it.each([
    ['text that is not JSON', { kind: 'content', content: 'Sure! Here is your plan: customers, orders' }, 'the answer is not valid JSON'],
    ['JSON of the wrong shape', { kind: 'content', content: '{"datasets": {"customers": []}}' }, 'datasets must be an array'],
    ['a plan without datasets', { kind: 'content', content: '{"domain": "", "datasets": []}' }, 'the plan has no datasets'],
    ['a plan cut off by the token limit', { kind: 'content', content: '{"datasets": [', finishReason: 'length' }, 'cut off'],
  ] as const)('maps %s to UNAVAILABLE "Unusable plan"', async (_case, answer, reason) => {
    server.respondWith(answer);
    const result = await failure(planner().createPlan(request(), API_KEY));
    expect(result).toMatchObject({ code: status.UNAVAILABLE, error: 'Unusable plan' });
    expect(result.detail).toContain(reason);
  });

  describe('with the plan cache', () => {
    it("answers an identical request from the cache, with the request's seed", async () => {
      const cached = planner({ cacheEntries: 8 });
      const first = await cached.createPlan(request({ seed: 1 }), API_KEY);
      const second = await cached.createPlan(request({ seed: 2 }), API_KEY);
      expect(server.requests).toHaveLength(1);
      expect(second).toEqual({ ...first, seed: 2 });
    });

    it('asks the model again for a different key, so a bad key never gets a cached plan', async () => {
      const cached = planner({ cacheEntries: 8 });
      await cached.createPlan(request(), API_KEY);
      server.respondWith({ kind: 'error', status: 401 });
      const answer = await failure(cached.createPlan(request(), 'sk-someone-else'));
      expect(answer.code).toBe(status.UNAUTHENTICATED);
      expect(server.requests).toHaveLength(2);
    });

    it('does not keep failures', async () => {
      const cached = planner({ cacheEntries: 8 });
      server.respondWith({ kind: 'error', status: 500 });
      await failure(cached.createPlan(request(), API_KEY));
      server.respondWith({ kind: 'content', content: JSON.stringify(GOOD_PLAN_DRAFT) });
      await expect(cached.createPlan(request(), API_KEY)).resolves.toMatchObject({ planner: 'openai' });
      expect(server.requests).toHaveLength(2);
    });
  });
});
