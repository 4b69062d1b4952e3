import { describe, expect, it } from 'vitest';
import { ConditionOperator } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { ApiError } from '../errors/api-error.js';
import { readPlanJson } from './plan-json-reader.js';
import { planToJson } from './plan-json.js';

function payments(fraud: Record<string, unknown>): Record<string, unknown> {
  return {
    seed: 7,
    reality_level: 0,
    warnings: [],
    datasets: [
      {
        name: 'payments',
        size: 100,
        fields: [
          { name: 'amount', type: 'decimal', generator: 'number.decimal', scale: 2 },
          { name: 'is_international', type: 'boolean', generator: 'boolean', true_probability: 0.2 },
          { name: 'is_fraud', type: 'boolean', generator: 'boolean', true_probability: 0.004, ...fraud },
        ],
      },
    ],
  };
}

const LIFTS = [
  { when: { field: 'is_international', operator: 'is_true' }, factor: 6 },
  { when: { field: 'amount', operator: 'at_least', values: ['500'] }, factor: 3 },
];

function issuesOf(input: unknown): unknown {
  try {
    readPlanJson(input);
  } catch (error) {
    if (error instanceof ApiError) return (error.body as { issues: unknown }).issues;
    throw error;
  }
  throw new Error('expected the plan to be refused');
}

describe('plan JSON', () => {
  it('reads lifts and at_least/below conditions, and writes them back as they came', () => {
    const source = payments({ lifts: LIFTS, only_when: { field: 'amount', operator: 'below', values: ['10000'] } });
    const plan = readPlanJson(source);
    const fraud = plan.datasets[0]!.fields[2]!;
    expect(fraud.lifts).toEqual([
      { when: { field: 'is_international', operator: ConditionOperator.CONDITION_OPERATOR_IS_TRUE, values: [], otherField: '' }, factor: 6 },
      { when: { field: 'amount', operator: ConditionOperator.CONDITION_OPERATOR_AT_LEAST, values: ['500'], otherField: '' }, factor: 3 },
    ]);
    expect(fraud.onlyWhen?.operator).toBe(ConditionOperator.CONDITION_OPERATOR_BELOW);
    expect(planToJson(plan)).toEqual(source);
  });

  it('leaves lifts out of a field without them', () => {
    const json = planToJson(readPlanJson(payments({})));
    expect((json.datasets as { fields: object[] }[])[0]!.fields[2]).not.toHaveProperty('lifts');
  });

  it('refuses malformed lifts, naming the path of each problem', () => {
    const fraud = 'plan.datasets[0].fields[2]';
    expect(issuesOf(payments({ lifts: { when: {}, factor: 2 } }))).toEqual([`${fraud}.lifts must be a list`]);
    expect(issuesOf(payments({ lifts: [{ factor: 2, weight: 1 }] }))).toEqual([`${fraud}.lifts[0] has an unknown key "weight"`, `${fraud}.lifts[0].when must be an object`]);
    expect(issuesOf(payments({ lifts: [LIFTS[0], { when: { field: 'amount', operator: 'at_most', values: [500] }, factor: 'high' }] }))).toEqual([
      expect.stringMatching(new RegExp(`^${escaped(fraud)}\\.lifts\\[1\\]\\.when\\.operator must be one of .*"at_least", "below"`)),
      `${fraud}.lifts[1].when.values[0] must be a non-empty string`,
      `${fraud}.lifts[1].factor must be a number`,
    ]);
  });
});

function escaped(text: string): string {
  return text.replace(/[.[\]]/g, '\\$&');
}
