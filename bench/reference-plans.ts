import { newField } from '../libs/plan/src/field-defaults.js';
import { ConditionOperator, Distribution, FormulaOperator, type ChildCount, type Condition, type DateRange, type Field, type Plan } from '../libs/proto/src/nest/datagen/v1/plan.js';

// The reference schemas of the engine bench: a shop's customers, products and orders.

export const ORDER_STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'returned'];
export const DATE_RANGE = { start: '2020-01-01', end: '2025-12-31' };

const field = newField;

const range = (min: number, max: number, distribution = Distribution.DISTRIBUTION_UNIFORM) => ({ min, max, distribution, mean: 0, stddev: 0 });

export interface ReferenceVariant {
  readonly realityLevel?: number;
  // Gives each customer that many of the orders (foreign_key.children) instead of drawing each
  // order's customer.
  readonly children?: ChildCount;
  readonly locale?: string;
  // Adds to orders the fields realism rules apply to (status timestamps, a member discount, the
  // customer's age), with the rules (true) or each field drawn on its own (false).
  readonly rules?: boolean;
}

const dates = (more: Partial<DateRange> = {}): DateRange => ({ ...DATE_RANGE, afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '', ...more });
const statusIs = (...values: string[]): Condition => ({ field: 'status', operator: ConditionOperator.CONDITION_OPERATOR_ONE_OF, values, otherField: '' });

// The orders fields realism rules apply to, with or without them.
function ruledFields(rules: boolean): Field[] {
  const when = (condition: Condition) => (rules ? { onlyWhen: condition } : {});
  return [
    field('shipped_at', 'date.timestamp', { nullable: true, dateRange: dates({ afterField: 'order_date', maxDaysAfter: 5 }), ...when(statusIs('shipped', 'delivered', 'returned')) }),
    field('delivered_at', 'date.timestamp', { nullable: true, dateRange: dates({ afterField: 'shipped_at', minDaysAfter: 1, maxDaysAfter: 7 }), ...when(statusIs('delivered', 'returned')) }),
    field('cancelled_at', 'date.timestamp', { nullable: true, dateRange: dates({ afterField: 'order_date', maxDaysAfter: 3 }), ...when(statusIs('cancelled')) }),
    field('is_member', 'boolean'),
    field('discount', 'number.decimal', { scale: 2, numericRange: range(1, 50), ...when({ field: 'is_member', operator: ConditionOperator.CONDITION_OPERATOR_IS_TRUE, values: [], otherField: '' }) }),
    field('birth_date', 'person.birth_date'),
    rules
      ? field('age', 'formula', { formula: { operator: FormulaOperator.FORMULA_OPERATOR_AGE, operands: ['birth_date', 'order_date'], asOf: '' } })
      : field('age', 'number.integer', { numericRange: range(18, 90) }),
  ];
}

export function referencePlan(size: number, variant: ReferenceVariant = {}): Plan {
  const { realityLevel = 0, children, locale = '', rules } = variant;
  return {
    seed: 20240501,
    realityLevel,
    warnings: [],
    prompt: '',
    planner: 'user',
    domain: 'e-commerce',
    locale,
    datasets: [
      {
        name: 'customers',
        size,
        compositeKeys: [],
        updates: '',
        description: '',
        fields: [
          field('id', 'id.sequence', { primaryKey: true }),
          field('first_name', 'person.first_name'),
          field('last_name', 'person.last_name'),
          field('email', 'person.email', { unique: true }),
          field('phone', 'person.phone'),
          field('city', 'address.city'),
          field('state', 'address.state'),
          field('zip', 'address.zip'),
          field('signup_date', 'date.date', { dateRange: dates() }),
        ],
      },
      {
        name: 'products',
        size: 10_000,
        compositeKeys: [],
        updates: '',
        description: '',
        fields: [
          field('id', 'id.sequence', { primaryKey: true }),
          field('name', 'commerce.product_name'),
          field('price', 'commerce.price', { scale: 2, numericRange: range(1, 500) }),
        ],
      },
      {
        name: 'orders',
        size,
        compositeKeys: [],
        updates: '',
        description: '',
        fields: [
          field('id', 'id.sequence', { primaryKey: true }),
          field('customer_id', 'reference', { foreignKey: { dataset: 'customers', field: 'id', distribution: Distribution.DISTRIBUTION_ZIPF, group: '', children } }),
          field('product_id', 'reference', { foreignKey: { dataset: 'products', field: 'id', distribution: Distribution.DISTRIBUTION_UNIFORM, group: '' } }),
          field('customer_name', 'person.full_name'),
          field('email', 'person.email'),
          field('quantity', 'number.integer', { numericRange: range(1, 10) }),
          field('unit_price', 'number.decimal', { scale: 2, numericRange: range(1, 500) }),
          field('total', 'formula', { scale: 2, formula: { operator: FormulaOperator.FORMULA_OPERATOR_PRODUCT, operands: ['quantity', 'unit_price'], asOf: '' } }),
          field('order_date', 'date.date', { dateRange: dates(rules === true ? { notBefore: 'customer_id.signup_date' } : {}) }),
          field('status', 'enum', { enumValues: ORDER_STATUSES.map((value) => ({ value, weight: 1 })) }),
          ...(rules === undefined ? [] : ruledFields(rules)),
        ],
      },
    ],
  };
}
