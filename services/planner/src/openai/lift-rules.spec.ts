import { describe, expect, it } from 'vitest';
import { ConditionOperator, type Field, type Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { field } from '../../../../test/support/fake-openai-server.js';
import { assemblePlan } from './plan-assembly.js';
import { readPlanDraft } from './plan-draft-reader.js';

const when = (field: string, operator: string, values: unknown[] = []) => ({ field, operator, values, other_field: null });

function transactions(...extra: Record<string, unknown>[]): Plan {
  const fields = [
    field({ name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true }),
    field({ name: 'amount', type: 'decimal', generator: 'number.decimal', numeric_range: { min: 1, max: 2000, distribution: null }, scale: 2 }),
    field({ name: 'channel', generator: 'enum', enum_values: [{ value: 'online', weight: null }, { value: 'store', weight: null }] }),
    field({ name: 'is_international', type: 'boolean', generator: 'boolean', true_probability: 0.1 }),
    ...extra,
  ];
  const answer = JSON.stringify({ domain: 'finance', datasets: [{ name: 'transactions', description: '', fields }] });
  return assemblePlan(readPlanDraft(answer), { prompt: 'card transactions for fraud detection', seed: 7 });
}

function fieldOf(plan: Plan, name: string): Field {
  return plan.datasets[0]!.fields.find((candidate) => candidate.name === name)!;
}

const fraud = (lifts: unknown[]) => field({ name: 'is_fraud', type: 'boolean', generator: 'boolean', true_probability: 0.004, lifts });

describe('lifts of the model', () => {
  it('keeps lifts on a boolean label that test its features, a bound given as a number read as one', () => {
    const plan = transactions(fraud([{ when: when('amount', 'at_least', [500]), factor: 3 }, { when: when('is_international', 'is_true'), factor: 5 }, { when: when('channel', 'one_of', ['online']), factor: 2 }]));
    expect(plan.warnings).toEqual([]);
    expect(fieldOf(plan, 'is_fraud').lifts).toEqual([
      { when: { field: 'amount', operator: ConditionOperator.CONDITION_OPERATOR_AT_LEAST, values: ['500'], otherField: '' }, factor: 3 },
      { when: { field: 'is_international', operator: ConditionOperator.CONDITION_OPERATOR_IS_TRUE, values: [], otherField: '' }, factor: 5 },
      { when: { field: 'channel', operator: ConditionOperator.CONDITION_OPERATOR_ONE_OF, values: ['online'], otherField: '' }, factor: 2 },
    ]);
  });

  it('keeps at_least and below in only_when', () => {
    const plan = transactions(field({ name: 'review_fee', type: 'decimal', generator: 'number.decimal', only_when: when('amount', 'below', ['100']) }));
    expect(plan.warnings).toEqual([]);
    expect(fieldOf(plan, 'review_fee').onlyWhen).toMatchObject({ operator: ConditionOperator.CONDITION_OPERATOR_BELOW, values: ['100'] });
  });

  it('drops each lift the generator could not apply, with a warning naming it', () => {
    const plan = transactions(
      fraud([
        { when: when('amount', 'at_least', ['lots']), factor: 3 },
        { when: when('channel', 'below', ['5']), factor: 2 },
        { when: when('merchant', 'is_true'), factor: 2 },
        { when: when('is_fraud', 'is_true'), factor: 2 },
        { when: when('is_international', 'is_true'), factor: 0 },
        { when: when('amount', 'soon'), factor: 2 },
        { when: when('is_international', 'is_true'), factor: 5 },
      ]),
    );
    expect(plan.warnings).toEqual([
      'Field transactions.is_fraud: its lift when amount "soon" has an operator the plan does not know; dropped the lift',
      'Field transactions.is_fraud: its lift when amount at_least lots (×3) needs one number to compare amount with, not ["lots"]; dropped the lift',
      'Field transactions.is_fraud: its lift when channel below 5 (×2) compares channel, which is not a number, with a bound; dropped the lift',
      'Field transactions.is_fraud: its lift when merchant is_true (×2) tests "merchant", which is not another field of the record; dropped the lift',
      'Field transactions.is_fraud: its lift when is_fraud is_true (×2) tests the label itself; dropped the lift',
      'Field transactions.is_fraud: its lift when is_international is_true (×0) has a factor that is not above 0; dropped the lift',
    ]);
    expect(fieldOf(plan, 'is_fraud').lifts).toHaveLength(1);
  });

  it('drops lifts on a field that is not a boolean, and a lift whose tested field reads the label', () => {
    const plan = transactions(
      field({ name: 'risk', type: 'integer', generator: 'number.integer', lifts: [{ when: when('amount', 'at_least', ['500']), factor: 3 }] }),
      fraud([{ when: when('chargeback_fee', 'is_set'), factor: 4 }]),
      field({ name: 'chargeback_fee', type: 'decimal', generator: 'number.decimal', nullable: true, only_when: when('is_fraud', 'is_true') }),
    );
    expect(plan.warnings).toEqual([
      'Field transactions.risk: lifts change the probability of a boolean, and it is not one; dropped its 1 lift(s)',
      'Field transactions.is_fraud: its lift when chargeback_fee is_set (×4) tests chargeback_fee, which depends on is_fraud; dropped the lift',
    ]);
    expect(fieldOf(plan, 'risk').lifts).toEqual([]);
  });
});
