import { describe, expect, it } from 'vitest';
import {
  AggregateOperator,
  ConditionOperator,
  Distribution,
  FormulaOperator,
  LogicalType,
  type Condition,
  type DateRange,
  type Field,
  type Plan,
} from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { atLevel, dataset, field, generate, manifest, plan, problems, records } from '../../../../test/engine/plans.js';
import { compileAll } from './plan-compiler.js';
import { readPlan } from './plan-reader.js';
import { JSON_SYNTAX } from '../encoders/value-syntax.js';

const INTEGER = LogicalType.LOGICAL_TYPE_INTEGER;
const id = () => field('id', 'id.sequence', { primaryKey: true, type: INTEGER });
const dates = (start: string, end: string, more: Partial<DateRange> = {}): DateRange => ({ start, end, afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '', ...more });
const reference = (target: string, children?: { min: number; max: number }) => ({
  type: INTEGER,
  foreignKey: { dataset: target, field: 'id', distribution: Distribution.DISTRIBUTION_UNIFORM, group: '', children },
});
const when = (fieldName: string, operator: ConditionOperator, more: Partial<Condition> = {}): Condition => ({ field: fieldName, operator, values: [], otherField: '', ...more });
const day = (text: unknown) => Date.parse(String(text).slice(0, 10)) / 86_400_000;
const instant = (text: unknown) => Date.parse(String(text).endsWith('Z') ? String(text) : `${String(text)}Z`);

// Customers who sign up over 2020-2024 and orders placed over the same years: without the
// rule, about half of the orders would come before their customer's sign-up.
function shop(orderDate: Partial<Field> = {}, orders: Field[] = []): Plan {
  return plan([
    dataset('customers', 2000, [id(), field('signup_date', 'date.date', { type: LogicalType.LOGICAL_TYPE_DATE, dateRange: dates('2020-01-01', '2024-12-31') })]),
    dataset('orders', 6000, [
      id(),
      field('customer_id', 'reference', reference('customers')),
      field('ordered_at', 'date.timestamp', { type: LogicalType.LOGICAL_TYPE_TIMESTAMP, dateRange: dates('2020-01-01', '2024-12-31', { notBefore: 'customer_id.signup_date' }), ...orderDate }),
      ...orders,
    ]),
  ]);
}

function byId(rows: Record<string, unknown>[]): Map<unknown, Record<string, unknown>> {
  return new Map(rows.map((row) => [row.id, row]));
}

describe('a date never before a date of the record it references', () => {
  it('places no order before its customer signed up, and leaves alone the orders already after it', () => {
    const customers = byId(records(shop(), 'customers'));
    const orders = records(shop(), 'orders');
    const free = records(shop({ dateRange: dates('2020-01-01', '2024-12-31') }), 'orders');
    let kept = 0;
    orders.forEach((order, index) => {
      const signup = day(customers.get(order.customer_id)!.signup_date);
      expect(instant(order.ordered_at) / 86_400_000).toBeGreaterThanOrEqual(signup);
      expect(day(order.ordered_at)).toBeLessThanOrEqual(day('2024-12-31'));
      if (day(free[index]!.ordered_at) >= signup) {
        expect(order.ordered_at).toBe(free[index]!.ordered_at);
        kept++;
      }
    });
    // Orders already after the sign-up keep their dates; the rest are drawn again after it.
    expect(kept).toBeGreaterThan(orders.length * 0.4);
    expect(kept).toBeLessThan(orders.length);
  });

  it('keeps min_days_after days, and follows a date of its own record the same way', () => {
    const customers = byId(records(shop({ dateRange: dates('2020-01-01', '2024-12-31', { notBefore: 'customer_id.signup_date', minDaysAfter: 3 }) }), 'customers'));
    const source = shop({ dateRange: dates('2020-01-01', '2024-12-31', { notBefore: 'customer_id.signup_date', minDaysAfter: 3 }) }, [
      field('shipped_on', 'date.date', { type: LogicalType.LOGICAL_TYPE_DATE, dateRange: dates('2020-01-01', '2024-12-31', { notBefore: 'ordered_at' }) }),
    ]);
    for (const order of records(source, 'orders')) {
      expect(instant(order.ordered_at) / 86_400_000).toBeGreaterThanOrEqual(day(customers.get(order.customer_id)!.signup_date) + 3);
      // A date against a timestamp compares by day: the same day is not before it.
      expect(day(order.shipped_on)).toBeGreaterThanOrEqual(day(order.ordered_at));
    }
  });

  it('is the same record whichever range a shard starts at', () => {
    const whole = generate(shop(), 'orders').toString();
    const parts = [0, 1700, 4100].map((offset, position, offsets) => generate(shop(), 'orders', { offset, count: (offsets[position + 1] ?? 6000) - offset }).toString());
    expect(parts.join('')).toBe(whole);
  });

  it('refuses names it cannot follow', () => {
    const bad = (notBefore: string) => problems(shop({ dateRange: dates('2020-01-01', '2024-12-31', { notBefore }) }));
    expect(bad('customer_id.nothing')).toEqual([expect.stringMatching(/date_range.not_before "customer_id.nothing": "customers" has no field "nothing"/)]);
    expect(bad('id.signup_date')).toEqual([expect.stringMatching(/date_range.not_before "id.signup_date": "id" is not a reference of "orders"/)]);
    expect(bad('customer_id.id')).toEqual([expect.stringMatching(/is not a date or timestamp field/)]);
    expect(bad('a.b.c')).toEqual([expect.stringMatching(/must name a field of the record/)]);
  });
});

const STATUSES = ['pending', 'shipped', 'delivered', 'cancelled'];

function orders(level = 0): Plan {
  const timestamp = (name: string, more: Partial<Field>) => field(name, 'date.timestamp', { type: LogicalType.LOGICAL_TYPE_TIMESTAMP, nullable: true, ...more });
  return atLevel(
    plan([
      dataset('orders', 5000, [
        id(),
        field('status', 'enum', { enumValues: STATUSES.map((value) => ({ value, weight: 1 })) }),
        field('is_member', 'boolean', { type: LogicalType.LOGICAL_TYPE_BOOLEAN }),
        field('ordered_at', 'date.timestamp', { type: LogicalType.LOGICAL_TYPE_TIMESTAMP, dateRange: dates('2023-01-01', '2024-12-31') }),
        timestamp('shipped_at', {
          dateRange: dates('', '', { afterField: 'ordered_at', maxDaysAfter: 5 }),
          onlyWhen: when('status', ConditionOperator.CONDITION_OPERATOR_ONE_OF, { values: ['shipped', 'delivered'] }),
        }),
        timestamp('delivered_at', {
          dateRange: dates('', '', { afterField: 'shipped_at', maxDaysAfter: 7, minDaysAfter: 1 }),
          onlyWhen: when('status', ConditionOperator.CONDITION_OPERATOR_ONE_OF, { values: ['delivered'] }),
        }),
        timestamp('cancelled_at', { dateRange: dates('', '', { afterField: 'ordered_at', maxDaysAfter: 3 }), onlyWhen: when('status', ConditionOperator.CONDITION_OPERATOR_ONE_OF, { values: ['cancelled'] }) }),
        field('discount', 'number.decimal', {
          type: LogicalType.LOGICAL_TYPE_DECIMAL,
          scale: 2,
          numericRange: { min: 1, max: 20, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 },
          onlyWhen: when('is_member', ConditionOperator.CONDITION_OPERATOR_IS_TRUE),
        }),
        field('due_date', 'date.date', { type: LogicalType.LOGICAL_TYPE_DATE, dateRange: dates('', '', { afterField: 'ordered_at', maxDaysAfter: 20, minDaysAfter: 10 }) }),
        field('returned_on', 'date.date', { type: LogicalType.LOGICAL_TYPE_DATE, dateRange: dates('', '', { afterField: 'ordered_at', maxDaysAfter: 30 }) }),
        field('late_fee', 'number.decimal', {
          type: LogicalType.LOGICAL_TYPE_DECIMAL,
          scale: 2,
          numericRange: { min: 0.5, max: 25, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 },
          onlyWhen: when('returned_on', ConditionOperator.CONDITION_OPERATOR_AFTER, { otherField: 'due_date' }),
        }),
        field('birth_date', 'person.birth_date', { type: LogicalType.LOGICAL_TYPE_DATE }),
        field('age', 'formula', { type: INTEGER, formula: { operator: FormulaOperator.FORMULA_OPERATOR_AGE, operands: ['birth_date'], asOf: '' } }),
        field('age_when_ordered', 'formula', { type: INTEGER, formula: { operator: FormulaOperator.FORMULA_OPERATOR_AGE, operands: ['birth_date', 'ordered_at'], asOf: '' } }),
      ]),
    ]),
    level,
  );
}

function age(birth: string, on: string): number {
  const [by, bm, bd] = birth.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.slice(0, 10).split('-').map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

// Each rule of orders(), as a test of one record: the names of the rules it breaks.
function brokenRules(order: Record<string, unknown>): string[] {
  const broken: string[] = [];
  const status = order.status as string;
  const set = (name: string) => order[name] !== null;
  if (set('shipped_at') !== ['shipped', 'delivered'].includes(status)) broken.push('shipped_at');
  if (set('delivered_at') !== (status === 'delivered')) broken.push('delivered_at');
  if (set('cancelled_at') !== (status === 'cancelled')) broken.push('cancelled_at');
  if (set('delivered_at') && set('shipped_at') && instant(order.delivered_at) < instant(order.shipped_at) + 86_400_000) broken.push('delivered_at');
  if ((Number(order.discount) > 0) !== (order.is_member === true)) broken.push('discount');
  const late = day(order.returned_on) > day(order.due_date);
  if ((Number(order.late_fee) > 0) !== late) broken.push('late_fee');
  if (order.age !== age(order.birth_date as string, '2025-01-01')) broken.push('age');
  if (order.age_when_ordered !== age(order.birth_date as string, order.ordered_at as string)) broken.push('age_when_ordered');
  return broken;
}

describe('conditions inside a record, and ages', () => {
  it('at level 0, keeps every timestamp in step with the status, fees for late returns, discounts for members and ages with birth dates', () => {
    const rows = records(orders(), 'orders');
    expect(rows.flatMap(brokenRules)).toEqual([]);
    // Each condition both holds and fails somewhere.
    for (const name of ['shipped_at', 'delivered_at', 'cancelled_at']) {
      expect(rows.some((row) => row[name] === null)).toBe(true);
      expect(rows.some((row) => row[name] !== null)).toBe(true);
    }
    expect(rows.filter((row) => row.late_fee === 0).length).toBeGreaterThan(100);
    expect(rows.filter((row) => Number(row.late_fee) > 0).length).toBeGreaterThan(100);
  });

  it('declares a column its condition empties nullable, and a number it zeroes not', () => {
    const compiled = compileAll(readPlan(orders()), JSON_SYNTAX).dataset('orders');
    const nullable = Object.fromEntries(compiled.table.columns.map((column) => [column.name, column.nullable]));
    expect(nullable).toMatchObject({ shipped_at: true, delivered_at: true, cancelled_at: true, discount: false, late_fee: false, age: false });
  });

  it('refuses conditions it cannot test', () => {
    const withCondition = (name: string, condition: Condition, more: Partial<Field> = {}) => {
      const source = orders();
      const target = source.datasets[0]!.fields.find((candidate) => candidate.name === name)!;
      Object.assign(target, { onlyWhen: condition, ...more });
      return problems(source);
    };
    expect(withCondition('shipped_at', when('status', ConditionOperator.CONDITION_OPERATOR_ONE_OF, { values: ['lost'] }))).toEqual([
      expect.stringMatching(/only_when.values "lost" are not values of "status" \("pending", "shipped", "delivered", "cancelled"\)/),
    ]);
    expect(withCondition('shipped_at', when('is_member', ConditionOperator.CONDITION_OPERATOR_ONE_OF, { values: ['true'] }))).toEqual([expect.stringMatching(/is not an enum/)]);
    expect(withCondition('shipped_at', when('status', ConditionOperator.CONDITION_OPERATOR_IS_TRUE))).toEqual([expect.stringMatching(/is not a boolean/)]);
    expect(withCondition('shipped_at', when('status', ConditionOperator.CONDITION_OPERATOR_AFTER, { otherField: 'ordered_at' }))).toEqual([expect.stringMatching(/not two dates/)]);
    expect(withCondition('shipped_at', when('nowhere', ConditionOperator.CONDITION_OPERATOR_IS_SET))).toEqual([expect.stringMatching(/"nowhere" is not a field/)]);
    expect(withCondition('status', when('is_member', ConditionOperator.CONDITION_OPERATOR_IS_TRUE))).toEqual([expect.stringMatching(/make it nullable/)]);
  });
});

// Orders with 1-5 lines each, and the order's count and total of its lines.
function lines(level = 0): Plan {
  return atLevel(
    plan([
      dataset('orders', 1500, [
        id(),
        field('item_count', 'aggregate', { type: INTEGER, aggregate: { dataset: 'order_lines', foreignKeyField: '', operator: AggregateOperator.AGGREGATE_OPERATOR_COUNT, field: '' } }),
        field('total', 'aggregate', { type: LogicalType.LOGICAL_TYPE_DECIMAL, scale: 2, aggregate: { dataset: 'order_lines', foreignKeyField: 'order_id', operator: AggregateOperator.AGGREGATE_OPERATOR_SUM, field: 'line_total' } }),
      ]),
      dataset('order_lines', 4500, [
        id(),
        field('order_id', 'reference', reference('orders', { min: 1, max: 5 })),
        field('quantity', 'number.integer', { type: INTEGER, numericRange: { min: 1, max: 4, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 } }),
        field('unit_price', 'number.decimal', { type: LogicalType.LOGICAL_TYPE_DECIMAL, scale: 2, numericRange: { min: 1, max: 300, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 } }),
        field('line_total', 'formula', { type: LogicalType.LOGICAL_TYPE_DECIMAL, scale: 2, formula: { operator: FormulaOperator.FORMULA_OPERATOR_PRODUCT, operands: ['quantity', 'unit_price'], asOf: '' } }),
      ]),
    ]),
    level,
  );
}

function tallies(rows: Record<string, unknown>[]): Map<unknown, { count: number; cents: number }> {
  const perOrder = new Map<unknown, { count: number; cents: number }>();
  for (const row of rows) {
    const entry = perOrder.get(row.order_id) ?? { count: 0, cents: 0 };
    entry.count++;
    entry.cents += Math.round(Number(row.line_total) * 100);
    perOrder.set(row.order_id, entry);
  }
  return perOrder;
}

describe('counts and totals from the children', () => {
  it("gives each order its lines' count and the exact sum of their totals, in any shard", () => {
    const perOrder = tallies(records(lines(), 'order_lines'));
    const whole = records(lines(), 'orders');
    for (const order of whole) {
      const mine = perOrder.get(order.id)!;
      expect(order.item_count).toBe(mine.count);
      expect(Math.round(Number(order.total) * 100)).toBe(mine.cents);
    }
    const shards = [0, 733, 933].map((offset, position, offsets) => generate(lines(), 'orders', { offset, count: (offsets[position + 1] ?? 1500) - offset }).toString());
    expect(shards.join('')).toBe(generate(lines(), 'orders').toString());
  });

  it('refuses an aggregate over children it cannot count', () => {
    const broken = lines();
    broken.datasets[1]!.fields[1]!.foreignKey!.children = undefined;
    expect(problems(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/"order_lines.order_id" needs foreign_key.children/)]));
    const earlier = plan([lines().datasets[1]!, lines().datasets[0]!]);
    expect(problems(earlier).join('\n')).toMatch(/must be a dataset after "orders"/);
    const text = lines();
    text.datasets[0]!.fields[2]!.aggregate!.field = 'nothing';
    expect(problems(text)).toEqual([expect.stringMatching(/aggregate.field "nothing" is not a field of "order_lines"/)]);
  });
});

describe('rules broken on purpose', () => {
  // Positions where the manifest labels only `kind` (a value may take one defect, but its row
  // may be repeated or changed by a row defect).
  const onlyLabelled = (entries: ReturnType<typeof manifest>, kind: string, column: string) => {
    const other = new Set(entries.filter((entry) => entry.kind !== kind || entry.column !== column).map((entry) => entry.index));
    return entries.filter((entry) => entry.kind === kind && entry.column === column && !other.has(entry.index)).map((entry) => entry.index);
  };

  it('at level 10, breaks some of each rule, and labels exactly the values it broke as broken_rule', () => {
    const messy = orders(10);
    const rows = records(messy, 'orders');
    const labelled = manifest(messy, 'orders').filter((entry) => entry.kind === 'broken_rule');
    expect(new Set(labelled.map((entry) => entry.column))).toEqual(
      new Set(['shipped_at', 'delivered_at', 'cancelled_at', 'discount', 'due_date', 'returned_on', 'late_fee', 'age', 'age_when_ordered']),
    );
    expect(labelled.length).toBeGreaterThan(rows.length * 0.05);
    // Totals are the sums of the lines' clean values, the same at every level.
    const perLine = tallies(records(lines(), 'order_lines'));
    const orderRows = records(lines(10), 'orders');
    const entries = manifest(lines(10), 'orders');
    const labelledTotals = onlyLabelled(entries, 'broken_rule', 'total');
    const touched = new Set(entries.map((entry) => entry.index));
    const wrong = orderRows.flatMap((order, index) => (Math.round(Number(order.total) * 100) !== perLine.get(order.id)?.cents && (!touched.has(index) || labelledTotals.includes(index)) ? [index] : []));
    expect(labelledTotals.length).toBeGreaterThan(0);
    expect(wrong).toEqual(labelledTotals);
  });

  it('writes the dates it breaks before the date they follow', () => {
    const messy = atLevel(shop(), 10);
    const customers = byId(records(shop(), 'customers'));
    const rows = records(messy, 'orders');
    const labelled = onlyLabelled(manifest(messy, 'orders'), 'broken_rule', 'ordered_at');
    expect(labelled.length).toBeGreaterThan(30);
    for (const index of labelled) {
      const order = rows[index]!;
      if (customers.has(order.customer_id)) expect(instant(order.ordered_at) / 86_400_000).toBeLessThan(day(customers.get(order.customer_id)!.signup_date));
    }
  });
});
