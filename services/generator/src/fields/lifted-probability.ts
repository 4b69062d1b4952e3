import type { RecordContext } from '../engine/record-context.js';
import { conditionTest, type ConditionTest } from './condition-test.js';
import type { FieldContext } from './field-context.js';

// A boolean's chance of true in one record under its lifts: `probability` times the factor of
// every lift whose condition holds there, at most 1. A label such as is_fraud then leans on
// the record's other fields the way a model should learn it does, while staying a draw: no
// lift ever makes it a rule.
export function liftedProbability(context: FieldContext, probability: number): (record: RecordContext) => number {
  const lifts = context.field.lifts.map((lift, position): { holds: ConditionTest; factor: number } => {
    const rule = `lifts[${position}]`;
    if (!Number.isFinite(lift.factor) || lift.factor <= 0) context.fail(`${rule}.factor must be a number above 0 (above 1 makes true likelier, below 1 rarer), not ${lift.factor}.`);
    if (lift.when === undefined) context.fail(`${rule} needs a condition (when) under which its factor applies.`);
    return { holds: conditionTest(context, lift.when, `${rule}.when`), factor: lift.factor };
  });
  return (record) => {
    let chance = probability;
    for (const lift of lifts) if (lift.holds(record)) chance *= lift.factor;
    return Math.min(chance, 1);
  };
}
