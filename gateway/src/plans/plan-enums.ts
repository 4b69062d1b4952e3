import { AggregateOperator, ConditionOperator, Distribution, FormulaOperator, LogicalType } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { EnumSpelling } from '../../../libs/plan/src/enum-spelling.js';

export { EnumSpelling };

export const LOGICAL_TYPES = new EnumSpelling<LogicalType>(LogicalType, 'LOGICAL_TYPE_');
export const DISTRIBUTIONS = new EnumSpelling<Distribution>(Distribution, 'DISTRIBUTION_');
export const FORMULA_OPERATORS = new EnumSpelling<FormulaOperator>(FormulaOperator, 'FORMULA_OPERATOR_');
export const CONDITION_OPERATORS = new EnumSpelling<ConditionOperator>(ConditionOperator, 'CONDITION_OPERATOR_');
export const AGGREGATE_OPERATORS = new EnumSpelling<AggregateOperator>(AggregateOperator, 'AGGREGATE_OPERATOR_');
