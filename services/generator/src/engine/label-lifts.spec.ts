import { describe, expect, it } from 'vitest';
import { ConditionOperator, Distribution, LogicalType, type Condition, type Field, type Lift, type Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { atLevel, dataset, field, generate, manifest, plan, problems, records } from '../../../../test/engine/plans.js';
import { expectLabelRate } from '../../../../test/support/label-rate.js';

const SIZE = 50_000;
const { CONDITION_OPERATOR_IS_TRUE: IS_TRUE, CONDITION_OPERATOR_AT_LEAST: AT_LEAST, CONDITION_OPERATOR_BELOW: BELOW } = ConditionOperator;
const when = (fieldName: string, operator: ConditionOperator, values: string[] = []): Condition => ({ field: fieldName, operator, values, otherField: '' });
const lift = (condition: Condition, factor: number): Lift => ({ when: condition, factor });
const uniform = (min: number, max: number) => ({ numericRange: { min, max, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 } });
const flag = (name: string, trueProbability: number, lifts: Lift[] = []) => field(name, 'boolean', { type: LogicalType.LOGICAL_TYPE_BOOLEAN, trueProbability, lifts });

// Payments whose fraud label leans on two of their fields: 5% at base, ×6 when international
// (20% of payments), ×3 when the amount is at least 500 (about half), both 90%.
function payments(more: Field[] = [], fraudLifts = [lift(when('is_international', IS_TRUE), 6), lift(when('amount', AT_LEAST, ['500']), 3)]): Plan {
  return plan([
    dataset('payments', SIZE, [
      field('id', 'id.sequence', { primaryKey: true, type: LogicalType.LOGICAL_TYPE_INTEGER }),
      field('amount', 'number.decimal', { type: LogicalType.LOGICAL_TYPE_DECIMAL, scale: 2, ...uniform(1, 1000) }),
      field('quantity', 'number.integer', { type: LogicalType.LOGICAL_TYPE_INTEGER, ...uniform(1, 10) }),
      field('rate', 'number.decimal', { type: LogicalType.LOGICAL_TYPE_DECIMAL, scale: 2, ...uniform(1, 2) }),
      // Written after the label that reads it: the engine computes it first all the same.
      flag('is_fraud', 0.05, fraudLifts),
      flag('is_international', 0.2),
      ...more,
    ]),
  ]);
}

type Row = Record<string, unknown>;

describe('lifts on a boolean label', () => {
  const rows = records(payments([flag('is_flagged', 0.1, [lift(when('quantity', BELOW, ['3']), 3)]), flag('is_reviewed', 0.5, [lift(when('is_international', IS_TRUE), 3)])]), 'payments');
  const international = (row: Row) => row.is_international === true;
  const large = (row: Row) => Number(row.amount) >= 500;

  it('multiplies the base probability by the factor of each lift whose condition holds', () => {
    expectLabelRate(rows.filter((row) => !international(row) && !large(row)), 'is_fraud', 0.05);
    expectLabelRate(rows.filter((row) => international(row) && !large(row)), 'is_fraud', 0.3);
    expectLabelRate(rows.filter((row) => !international(row) && large(row)), 'is_fraud', 0.15);
    expectLabelRate(rows.filter((row) => international(row) && large(row)), 'is_fraud', 0.9);
  });

  it('tests integers with below', () => {
    expectLabelRate(rows.filter((row) => Number(row.quantity) < 3), 'is_flagged', 0.3);
    expectLabelRate(rows.filter((row) => Number(row.quantity) >= 3), 'is_flagged', 0.1);
  });

  it('caps the probability at 1', () => {
    expect(rows.filter(international).every((row) => row.is_reviewed === true)).toBe(true);
    expectLabelRate(rows.filter((row) => !international(row)), 'is_reviewed', 0.5);
  });

  it('draws as without lifts: a record no lift holds for is unchanged, and a lift above 1 keeps every true', () => {
    const plain = records(payments([], []), 'payments');
    rows.forEach((row, index) => {
      const before = plain[index]!.is_fraud;
      if (!international(row) && !large(row)) expect(row.is_fraud).toBe(before);
      else if (before === true) expect(row.is_fraud).toBe(true);
    });
  });

  it('is the same record whichever range a shard starts at', () => {
    const source = payments();
    const whole = generate(source, 'payments').toString();
    const parts = [0, 1, 17_333, 40_001].map((offset, position, offsets) => generate(source, 'payments', { offset, count: (offsets[position + 1] ?? SIZE) - offset }).toString());
    expect(parts.join('')).toBe(whole);
  });

  it('at level 10, writes the clean label of level 0 wherever the manifest names no defect', () => {
    const messy = atLevel(payments(), 10);
    const touched = new Set(manifest(messy, 'payments').map((entry) => entry.index));
    const clean = records(payments(), 'payments');
    const written = records(messy, 'payments');
    const untouched = written.flatMap((_, index) => (touched.has(index) ? [] : [index]));
    expect(untouched.length).toBeGreaterThan(SIZE / 2);
    for (const index of untouched) expect(written[index]!.is_fraud).toBe(clean[index]!.is_fraud);
  });
});

describe('at_least and below in only_when', () => {
  const surcharge = (condition: Condition) => field('surcharge', 'number.decimal', { type: LogicalType.LOGICAL_TYPE_DECIMAL, scale: 2, ...uniform(1, 5), onlyWhen: condition });

  it('compares decimals exactly at the bound, 1.10 being at least 1.1', () => {
    const rows = records(payments([surcharge(when('rate', AT_LEAST, ['1.1']))]), 'payments');
    for (const row of rows) expect(Number(row.surcharge) > 0, `rate ${String(row.rate)}`).toBe(Number(row.rate) >= 1.1);
    expect(rows.filter((row) => Number(row.rate) === 1.1).length).toBeGreaterThan(100);
  });

  it('compares integers with below', () => {
    const rows = records(payments([surcharge(when('quantity', BELOW, ['4']))]), 'payments');
    for (const row of rows) expect(Number(row.surcharge) > 0).toBe(Number(row.quantity) < 4);
  });
});

describe('plans with lifts the engine refuses', () => {
  const fraud = (...lifts: Lift[]) => problems(payments([], lifts));

  it('names the lift and what is wrong with it', () => {
    expect(fraud(lift(when('nowhere', IS_TRUE), 2))).toEqual([expect.stringMatching(/"payments.is_fraud" .*lifts\[0\].when.field "nowhere" is not a field of the dataset/)]);
    expect(fraud(lift(when('is_international', IS_TRUE), 2), lift(when('amount', IS_TRUE), 0))).toEqual([expect.stringMatching(/lifts\[1\].factor must be a number above 0/)]);
    expect(fraud(lift(when('amount', IS_TRUE), -2))).toEqual([expect.stringMatching(/lifts\[0\].factor must be a number above 0/)]);
    expect(fraud({ when: undefined, factor: 2 })).toEqual([expect.stringMatching(/lifts\[0\] needs a condition/)]);
    expect(fraud(lift(when('amount', IS_TRUE), 2))).toEqual([expect.stringMatching(/lifts\[0\].when.field "amount" is not a boolean/)]);
    expect(fraud(lift(when('is_international', AT_LEAST, ['1']), 2))).toEqual([expect.stringMatching(/lifts\[0\].when.field "is_international" is not a number, which at_least and below compare/)]);
    for (const values of [[], ['lots'], [''], ['1', '2']]) {
      expect(fraud(lift(when('amount', BELOW, values), 2))).toEqual([expect.stringMatching(/lifts\[0\].when.values must be one number for at_least and below/)]);
    }
    expect(fraud(lift(when('amount', ConditionOperator.CONDITION_OPERATOR_UNSPECIFIED), 2))).toEqual([expect.stringMatching(/lifts\[0\].when needs an operator \(.*at_least or below\)/)]);
  });

  it('refuses lifts on anything but a probability: another kind of value, a unique boolean', () => {
    const onAmount = payments();
    onAmount.datasets[0]!.fields[1]!.lifts = [lift(when('is_international', IS_TRUE), 2)];
    expect(problems(onAmount)).toEqual([expect.stringMatching(/"payments.amount" .*lifts change the probability of a boolean, and this field makes decimal values/)]);
    const unique = plan([dataset('pair', 2, [field('n', 'number.integer', { type: LogicalType.LOGICAL_TYPE_INTEGER }), flag('first', 0.5, [lift(when('n', AT_LEAST, ['1']), 2)])])]);
    unique.datasets[0]!.fields[1]!.unique = true;
    expect(problems(unique)).toEqual([expect.stringMatching(/a unique boolean takes each value once/)]);
  });

  it('refuses labels that lift each other, or themselves', () => {
    const both = payments([flag('is_chargeback', 0.01, [lift(when('is_fraud', IS_TRUE), 20)])], [lift(when('is_chargeback', IS_TRUE), 2)]);
    expect(problems(both)).toEqual([expect.stringMatching(/fields depend on each other in a cycle \(.*is_fraud.*is_chargeback.*\)/)]);
    expect(problems(payments([], [lift(when('is_fraud', IS_TRUE), 2)]))).toEqual([expect.stringMatching(/cycle \(is_fraud → is_fraud\)/)]);
  });
});
