import { ConditionOperator, LogicalType, type Condition, type Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { quoted } from './draft-text.js';
import { isDateType } from './field-constraints.js';

export const NUMERIC_TYPES: ReadonlySet<LogicalType> = new Set([LogicalType.LOGICAL_TYPE_INTEGER, LogicalType.LOGICAL_TYPE_DECIMAL, LogicalType.LOGICAL_TYPE_FLOAT]);

// A condition the generator will accept, with a note where values were left out, or why none fits.
export type ConditionFit = { readonly condition: Condition; readonly note?: string } | { readonly problem: string };

// Whether a condition of the model (an only_when, a lift's when) tests a field of the record
// with an operator that fits its type: enum values it takes, a flag for true or false, a date
// or number beside another, a number against one bound. `others` are the record's fields but
// the one that asks, so a field never tests itself.
export function fitCondition(condition: Condition, others: readonly Field[]): ConditionFit {
  const named = (name: string) => others.find((candidate) => candidate.name === name);
  const tested = named(condition.field);
  if (tested === undefined) return { problem: `tests ${quoted(condition.field)}, which is not another field of the record` };
  switch (condition.operator) {
    case ConditionOperator.CONDITION_OPERATOR_ONE_OF:
    case ConditionOperator.CONDITION_OPERATOR_NONE_OF: {
      const allowed = new Set(tested.enumValues.map((entry) => entry.value));
      const values = condition.values.filter((value) => allowed.has(value));
      if (values.length === 0) return { problem: `lists no enum value of ${tested.name}` };
      const note = values.length < condition.values.length ? `lists values that ${tested.name} never takes; kept ${values.join(', ')}` : undefined;
      return { condition: { ...condition, values, otherField: '' }, ...(note && { note }) };
    }
    case ConditionOperator.CONDITION_OPERATOR_IS_TRUE:
    case ConditionOperator.CONDITION_OPERATOR_IS_FALSE:
      if (tested.type !== LogicalType.LOGICAL_TYPE_BOOLEAN) return { problem: `tests ${tested.name}, which is not a boolean, for true or false` };
      return { condition: { ...condition, values: [], otherField: '' } };
    case ConditionOperator.CONDITION_OPERATOR_AFTER:
    case ConditionOperator.CONDITION_OPERATOR_NOT_AFTER: {
      const other = named(condition.otherField);
      const comparable = other !== undefined && other !== tested && (isDateType(tested.type) ? isDateType(other.type) : NUMERIC_TYPES.has(tested.type) && NUMERIC_TYPES.has(other.type));
      if (!comparable) return { problem: `compares ${tested.name} with ${quoted(condition.otherField)}, not a date or number of the record like it` };
      return { condition: { ...condition, values: [] } };
    }
    case ConditionOperator.CONDITION_OPERATOR_AT_LEAST:
    case ConditionOperator.CONDITION_OPERATOR_BELOW: {
      if (!NUMERIC_TYPES.has(tested.type)) return { problem: `compares ${tested.name}, which is not a number, with a bound` };
      const [text, ...more] = condition.values;
      const bound = text === undefined || text.trim() === '' ? NaN : Number(text);
      if (more.length > 0 || !Number.isFinite(bound)) return { problem: `needs one number to compare ${tested.name} with, not ${JSON.stringify(condition.values)}` };
      return { condition: { ...condition, values: [String(bound)], otherField: '' } };
    }
    default:
      return { condition: { ...condition, values: [], otherField: '' } };
  }
}
