import { newField } from '../libs/plan/src/field-defaults.js';
import { Distribution, FormulaOperator, type ChildCount, type Plan } from '../libs/proto/src/nest/datagen/v1/plan.js';

// The reference schemas of the engine bench: a shop's customers, products and orders.

export const ORDER_STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'returned'];
export const DATE_RANGE = { start: '2020-01-01', end: '2025-12-31' };

const field = newField;

const range = (min: number, max: number, distribution = Distribution.DISTRIBUTION_UNIFORM) => ({ min, max, distribution, mean: 0, stddev: 0 });

// `children` gives each customer that many of the orders (foreign_key.children) instead of
// drawing each order's customer.
export function referencePlan(size: number, realityLevel = 0, children?: ChildCount, locale = ''): Plan {
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
          field('signup_date', 'date.date', { dateRange: { ...DATE_RANGE, afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '' } }),
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
          field('order_date', 'date.date', { dateRange: { ...DATE_RANGE, afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '' } }),
          field('status', 'enum', { enumValues: ORDER_STATUSES.map((value) => ({ value, weight: 1 })) }),
        ],
      },
    ],
  };
}
