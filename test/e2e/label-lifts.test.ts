import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import type { FieldJson, PlanJson } from '../../libs/client/src/plan-types.js';
import { expectLabelRate } from '../support/label-rate.js';
import { postJson } from '../support/post-json.js';
import { startTestStack } from '../support/start-test-stack.js';

// A training label a model can learn, through the real stack: a plan whose is_fraud is 5% at
// base, six times likelier abroad and three times for amounts of at least 500, posted to
// /api/generate as a script would, and measured in the JSON that comes back.

const LIFTS = [
  { when: { field: 'is_international', operator: 'is_true' }, factor: 6 },
  { when: { field: 'amount', operator: 'at_least', values: ['500'] }, factor: 3 },
];

function payments(fraud: Partial<FieldJson> = {}, id: Partial<FieldJson> = {}): PlanJson {
  return {
    seed: 20261202,
    reality_level: 0,
    warnings: [],
    datasets: [
      {
        name: 'payments',
        size: 20_000,
        fields: [
          { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, ...id },
          { name: 'amount', type: 'decimal', generator: 'number.decimal', scale: 2, numeric_range: { min: 1, max: 1000, distribution: 'uniform' } },
          { name: 'is_international', type: 'boolean', generator: 'boolean', true_probability: 0.2 },
          { name: 'is_fraud', type: 'boolean', generator: 'boolean', true_probability: 0.05, lifts: LIFTS, ...fraud },
        ],
      },
    ],
  };
}

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('lifts on a training label', () => {
  it('makes the label as likely as its lifts say under each condition', async () => {
    const { status, json } = await postJson(stack.url, '/api/generate', { plan: payments(), output_format: 'json' });
    expect(status, JSON.stringify(json).slice(0, 500)).toBe(200);
    const rows = (json.datasets as Record<string, { content: Record<string, unknown>[] }>).payments!.content;
    expect(rows).toHaveLength(20_000);
    const abroad = (row: Record<string, unknown>) => row.is_international === true;
    const large = (row: Record<string, unknown>) => Number(row.amount) >= 500;
    expectLabelRate(rows.filter((row) => !abroad(row) && !large(row)), 'is_fraud', 0.05);
    expectLabelRate(rows.filter((row) => abroad(row) && !large(row)), 'is_fraud', 0.3);
    expectLabelRate(rows.filter((row) => !abroad(row) && large(row)), 'is_fraud', 0.15);
    expectLabelRate(rows.filter((row) => abroad(row) && large(row)), 'is_fraud', 0.9);
  });

  it('refuses lifts it cannot apply with a 400 naming each, and lists the new operators in the catalogue', async () => {
    const badLifts = [{ when: { field: 'amount', operator: 'at_least', values: ['lots'] }, factor: 2 }, { when: { field: 'is_international', operator: 'is_true' }, factor: 0 }];
    const refused = await postJson(stack.url, '/api/generate', { plan: payments({ lifts: badLifts }, { lifts: LIFTS.slice(0, 1) }), output_format: 'json' });
    expect(refused.status).toBe(400);
    expect(refused.json.issues).toEqual([
      expect.stringMatching(/^Field "payments.id" .*lifts change the probability of a boolean, and this field makes integer values/),
      expect.stringMatching(/^Field "payments.is_fraud" .*lifts\[0\].when.values must be one number for at_least and below to compare "amount" with, not \["lots"\]/),
    ]);
    const malformed = await postJson(stack.url, '/api/generate', { plan: payments({ lifts: [{ when: { field: 'amount', operator: 'at_most', values: ['500'] }, factor: 3 }] }) });
    expect(malformed.status).toBe(400);
    expect(malformed.json.issues).toEqual([expect.stringMatching(/^plan.datasets\[0\].fields\[3\].lifts\[0\].when.operator must be one of .*"at_least", "below"/)]);
    const catalogue = (await (await fetch(`${stack.url}/api/catalogue`)).json()) as { condition_operators: string[] };
    expect(catalogue.condition_operators).toEqual(expect.arrayContaining(['at_least', 'below']));
  });
});
