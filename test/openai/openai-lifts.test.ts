import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { FakeOpenAiServer, field } from '../support/fake-openai-server.js';
import { expectLabelRate } from '../support/label-rate.js';
import { startTestStack } from '../support/start-test-stack.js';

// The real gateway, planner and generator, with PLANNER_KIND=openai answered by a model that
// plans a fraud label with a lift: the lift reaches the plan and the records lean on it.
const DRAFT = {
  domain: 'finance',
  datasets: [
    {
      name: 'transactions',
      description: 'A card payment',
      fields: [
        field({ name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true }),
        field({ name: 'amount', type: 'decimal', generator: 'number.decimal', numeric_range: { min: 1, max: 2000, distribution: 'uniform' }, scale: 2 }),
        field({
          name: 'is_fraud',
          type: 'boolean',
          generator: 'boolean',
          true_probability: 0.05,
          lifts: [
            { when: { field: 'amount', operator: 'at_least', values: ['1000'], other_field: null }, factor: 4 },
            { when: { field: 'merchant', operator: 'is_true', values: [], other_field: null }, factor: 9 },
          ],
        }),
      ],
    },
  ],
};

let fake: FakeOpenAiServer;
let stack: LocalStack;

beforeAll(async () => {
  fake = await FakeOpenAiServer.start();
  stack = await startTestStack({ env: { PLANNER_KIND: 'openai', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-e2e', OPENAI_TIMEOUT_MS: '2000', OPENAI_MAX_RETRIES: '0' } });
});

afterAll(async () => {
  await stack?.stop();
  await fake?.stop();
});

describe('lifts planned by the OpenAI planner', () => {
  it('generates a label four times as likely where its lift holds, and drops the lift naming a missing field', async () => {
    fake.respondWith({ kind: 'content', content: JSON.stringify(DRAFT) });
    const response = await fetch(`${stack.url}/api/generate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ prompt: 'card transactions for fraud detection', api_key: 'sk-e2e-lifts', dataset_size: 5000, seed: 3, output_format: 'json' }),
    });
    const json = (await response.json()) as { datasets: Record<string, { content: Record<string, unknown>[] }>; metadata: { warnings?: string[] } };
    expect(response.status).toBe(200);
    expect(json.metadata.warnings).toEqual([
      'Field transactions.is_fraud: its lift when merchant is_true (×9) tests "merchant", which is not another field of the record; dropped the lift',
    ]);
    const records = json.datasets.transactions!.content;
    expectLabelRate(records.filter((record) => Number(record.amount) >= 1000), 'is_fraud', 0.2);
    expectLabelRate(records.filter((record) => Number(record.amount) < 1000), 'is_fraud', 0.05);
    const planRequest = fake.requests.at(-1)!.body as { response_format: { json_schema: { schema: unknown } } };
    expect(JSON.stringify(planRequest.response_format.json_schema.schema)).toContain('"at_least","below"');
  });
});
