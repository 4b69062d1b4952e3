import type { Field } from '../../proto/src/nest/datagen/v1/plan.js';

// The fields a field reads from its own record: formula operands, the dates it follows (for
// a date of a referenced record, the reference), the fields its condition and its lifts test.
// The generator orders a record's fields by them; a planner checks a rule it proposes closes
// no loop before the generator would refuse it.
export function dependenciesOf(field: Field): readonly string[] {
  const afterField = field.dateRange?.afterField;
  const notBefore = field.dateRange?.notBefore.split('.')[0];
  const conditions = [field.onlyWhen, ...field.lifts.map((lift) => lift.when)].filter((condition) => condition !== undefined);
  return [
    ...(field.formula?.operands ?? []),
    ...(afterField ? [afterField] : []),
    ...(notBefore ? [notBefore] : []),
    ...conditions.flatMap((condition) => [condition.field, ...(condition.otherField ? [condition.otherField] : [])]),
  ];
}
