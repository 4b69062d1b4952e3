import type { Condition, Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { ConditionOperator, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { probabilityAtLeast } from './numeric-tail.js';

// The share of records in which `condition` holds on `field`, from the field's plan alone;
// undefined when the plan does not say (a field computed from others, a date comparison).
// A null value fails every test here.
export function conditionProbability(condition: Condition, field: Field): number | undefined {
  const present = 1 - (field.nullable ? field.nullRate : 0);
  const share = shareOfValues(condition, field);
  return share === undefined ? undefined : present * share;
}

function shareOfValues(condition: Condition, field: Field): number | undefined {
  switch (condition.operator) {
    case ConditionOperator.CONDITION_OPERATOR_IS_TRUE:
      return field.type === LogicalType.LOGICAL_TYPE_BOOLEAN ? trueShare(field) : undefined;
    case ConditionOperator.CONDITION_OPERATOR_IS_FALSE:
      return field.type === LogicalType.LOGICAL_TYPE_BOOLEAN ? 1 - trueShare(field) : undefined;
    case ConditionOperator.CONDITION_OPERATOR_ONE_OF:
      return enumShare(field, condition.values);
    case ConditionOperator.CONDITION_OPERATOR_NONE_OF: {
      const share = enumShare(field, condition.values);
      return share === undefined ? undefined : 1 - share;
    }
    case ConditionOperator.CONDITION_OPERATOR_AT_LEAST:
      return probabilityAtLeast(field, Number(condition.values[0]));
    case ConditionOperator.CONDITION_OPERATOR_BELOW: {
      const share = probabilityAtLeast(field, Number(condition.values[0]));
      return share === undefined ? undefined : 1 - share;
    }
    default:
      return undefined;
  }
}

// Zero means the default of one half, as the generator reads it; unique booleans alternate.
function trueShare(field: Field): number {
  return field.unique || field.trueProbability === 0 ? 0.5 : field.trueProbability;
}

// Weights of zero count as 1, as the generator reads them.
function enumShare(field: Field, values: readonly string[]): number | undefined {
  if (field.enumValues.length === 0) return undefined;
  const weightOf = (weight: number): number => (weight === 0 ? 1 : weight);
  const total = field.enumValues.reduce((sum, entry) => sum + weightOf(entry.weight), 0);
  const chosen = field.enumValues.filter((entry) => values.includes(entry.value)).reduce((sum, entry) => sum + weightOf(entry.weight), 0);
  return chosen / total;
}
