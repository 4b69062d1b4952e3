import type { Condition, Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { ConditionOperator } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { LiftTest } from './purpose.js';

// The plan's condition for a lift's test on `field`; undefined when the field cannot take the
// test (an enum with none of the values).
export function liftCondition(test: LiftTest, field: Field): Condition | undefined {
  const condition = (operator: ConditionOperator, values: readonly string[] = []): Condition => ({ field: field.name, operator, values: [...values], otherField: '' });
  switch (test.operator) {
    case 'is_true':
      return condition(ConditionOperator.CONDITION_OPERATOR_IS_TRUE);
    case 'is_false':
      return condition(ConditionOperator.CONDITION_OPERATOR_IS_FALSE);
    case 'at_least':
      return condition(ConditionOperator.CONDITION_OPERATOR_AT_LEAST, [String(test.value)]);
    case 'below':
      return condition(ConditionOperator.CONDITION_OPERATOR_BELOW, [String(test.value)]);
    case 'one_of': {
      const present = test.values.filter((value) => field.enumValues.some((entry) => entry.value === value));
      return present.length === 0 ? undefined : condition(ConditionOperator.CONDITION_OPERATOR_ONE_OF, present);
    }
  }
}

// The condition in a warning's words: "is_international", "card_present false",
// "amount at least 500", "merchant_category electronics/jewelry".
export function describeCondition(condition: Condition): string {
  switch (condition.operator) {
    case ConditionOperator.CONDITION_OPERATOR_IS_FALSE:
      return `${condition.field} false`;
    case ConditionOperator.CONDITION_OPERATOR_AT_LEAST:
      return `${condition.field} at least ${condition.values[0]}`;
    case ConditionOperator.CONDITION_OPERATOR_BELOW:
      return `${condition.field} below ${condition.values[0]}`;
    case ConditionOperator.CONDITION_OPERATOR_ONE_OF:
      return `${condition.field} ${condition.values.join('/')}`;
    default:
      return condition.field;
  }
}
