import { AggregateOperator, ConditionOperator, Distribution, FormulaOperator, LogicalType } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';

// Enum values as the REST API spells them: the proto name without its prefix, lower case
// (LOGICAL_TYPE_STRING → "string").
export class EnumSpelling<E extends number> {
  private readonly byName = new Map<string, E>();
  private readonly byValue = new Map<E, string>();

  constructor(enumObject: Record<string, string | number>, prefix: string) {
    for (const [key, value] of Object.entries(enumObject)) {
      if (typeof value !== 'number' || value <= 0) continue;
      const name = key.slice(prefix.length).toLowerCase();
      this.byName.set(name, value as E);
      this.byValue.set(value as E, name);
    }
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  name(value: E): string | undefined {
    return this.byValue.get(value);
  }

  value(name: string): E | undefined {
    return this.byName.get(name);
  }
}

export const LOGICAL_TYPES = new EnumSpelling<LogicalType>(LogicalType, 'LOGICAL_TYPE_');
export const DISTRIBUTIONS = new EnumSpelling<Distribution>(Distribution, 'DISTRIBUTION_');
export const FORMULA_OPERATORS = new EnumSpelling<FormulaOperator>(FormulaOperator, 'FORMULA_OPERATOR_');
export const CONDITION_OPERATORS = new EnumSpelling<ConditionOperator>(ConditionOperator, 'CONDITION_OPERATOR_');
export const AGGREGATE_OPERATORS = new EnumSpelling<AggregateOperator>(AggregateOperator, 'AGGREGATE_OPERATOR_');
