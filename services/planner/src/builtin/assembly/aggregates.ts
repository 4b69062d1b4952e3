import type { Dataset, Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { AggregateOperator, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { singularOf } from './dataset-names.js';

// A parent's total is the sum of its children's amounts, the first of these they have.
const CHILD_AMOUNTS = ['line_total', 'total_price', 'amount', 'total_amount', 'total', 'subtotal'];
// Parent fields that hold such a total. A subtotal, when there is one, is the sum, and the
// total stays the subtotal plus tax and shipping.
const PARENT_TOTALS = ['subtotal', 'total_amount', 'total', 'order_total', 'total_price', 'grand_total', 'amount', 'amount_due', 'total_cost', 'total_value'];
const NUMBERS = new Set([LogicalType.LOGICAL_TYPE_INTEGER, LogicalType.LOGICAL_TYPE_DECIMAL, LogicalType.LOGICAL_TYPE_FLOAT]);

// Where the plan says how many children each parent has (foreign_key.children), a parent's
// count of them (orders.item_count) and its total (orders.total_amount, the sum of the
// lines' line_total) are computed from those children, so they agree exactly.
export function applyAggregates(datasets: readonly Dataset[]): void {
  for (const children of datasets) {
    for (const reference of children.fields) {
      const parent = reference.foreignKey?.children === undefined ? undefined : datasets.find((dataset) => dataset.name === reference.foreignKey?.dataset);
      if (parent === undefined || parent === children) continue;
      const count = parent.fields.find((field) => isFree(field) && countNames(children.name, parent.name).includes(field.name));
      if (count !== undefined) aggregate(count, children, reference, AggregateOperator.AGGREGATE_OPERATOR_COUNT);
      const amount = CHILD_AMOUNTS.map((name) => children.fields.find((field) => field.name === name && NUMBERS.has(field.type) && field.nullRate === 0 && field.onlyWhen === undefined)).find(Boolean);
      const total = amount === undefined ? undefined : PARENT_TOTALS.map((name) => parent.fields.find((field) => field.name === name && isFree(field))).find(Boolean);
      if (amount !== undefined && total !== undefined) aggregate(total, children, reference, AggregateOperator.AGGREGATE_OPERATOR_SUM, amount);
    }
  }
}

// order_items under orders: item_count, order_item_count, line_count, items_count,
// num_items, number_of_items; page_views under sessions: page_count and view_count too.
function countNames(childrenName: string, parentName: string): string[] {
  const own = singularOf(parentName);
  const stem = singularOf(childrenName);
  const words = stem.split('_').filter((word) => word !== own);
  const nouns = new Set([stem, words.join('_'), ...words, ...(/(item|line)s?$/.test(childrenName) ? ['item', 'line', 'line_item'] : [])]);
  return [...nouns].filter((noun) => noun !== '').flatMap((noun) => [`${noun}_count`, `${noun}s_count`, `num_${noun}s`, `number_of_${noun}s`]);
}

// A field no other rule computes or keys on.
function isFree(field: Field): boolean {
  return !field.primaryKey && !field.unique && field.foreignKey === undefined && field.aggregate === undefined && field.onlyWhen === undefined && field.enumValues.length === 0;
}

function aggregate(field: Field, children: Dataset, reference: Field, operator: AggregateOperator, summed?: Field): void {
  const sum = operator === AggregateOperator.AGGREGATE_OPERATOR_SUM && summed !== undefined;
  field.generator = 'aggregate';
  field.type = sum ? summed.type : LogicalType.LOGICAL_TYPE_INTEGER;
  field.scale = sum ? summed.scale : 0;
  field.numericRange = undefined;
  field.formula = undefined;
  field.nullable = false;
  field.nullRate = 0;
  field.aggregate = { dataset: children.name, foreignKeyField: reference.name, operator, field: sum ? summed.name : '' };
  field.description = sum ? `Sum of ${children.name}.${summed.name} over its ${children.name}` : `Number of its ${children.name}`;
}
