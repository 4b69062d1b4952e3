import { describe, expect, it } from 'vitest';
import { OutputFormat } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { Distribution, LogicalType, type ChildCount, type Dataset, type Field, type Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { dataset, field, generate, plan, records } from '../../../../test/engine/plans.js';
import { PlanError } from './plan-error.js';

const id = () => field('id', 'id.sequence', { primaryKey: true, type: LogicalType.LOGICAL_TYPE_INTEGER });
const parentOf = (target: string, children: ChildCount | undefined, distribution = Distribution.DISTRIBUTION_UNIFORM) => ({
  type: LogicalType.LOGICAL_TYPE_INTEGER,
  foreignKey: { dataset: target, field: 'id', distribution, group: '', children },
});

function shop(customers: number, orders: number, children: ChildCount, seed = 3, distribution = Distribution.DISTRIBUTION_UNIFORM): Plan {
  return plan(
    [dataset('customers', customers, [id(), field('name', 'person.full_name')]), dataset('orders', orders, [id(), field('customer_id', 'reference', parentOf('customers', children, distribution))])],
    seed,
  );
}

// employees and their job history, keyed by (employee_id, start_date), with the lines of each
// order numbered within it.
function history(employees: number, rows: number, children: ChildCount, extra: Field[] = []): Plan {
  const jobHistory: Dataset = {
    ...dataset('job_history', rows, [
      field('employee_id', 'reference', parentOf('employees', children)),
      field('start_date', 'date.date', { type: LogicalType.LOGICAL_TYPE_DATE, dateRange: { start: '2015-01-01', end: '2024-12-31', afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '' } }),
      field('line', 'number.integer', { type: LogicalType.LOGICAL_TYPE_INTEGER }),
      ...extra,
    ]),
    compositeKeys: [
      { fields: ['employee_id', 'start_date'], primaryKey: true },
      { fields: ['employee_id', 'line'], primaryKey: false },
    ],
  };
  return plan([dataset('employees', employees, [id(), field('name', 'person.full_name')]), jobHistory], 8);
}

function countsPerParent(rows: Record<string, unknown>[], column: string, parents: number): number[] {
  const counts = new Array<number>(parents).fill(0);
  for (const row of rows) counts[(row[column] as number) - 1]!++;
  return counts;
}

describe('children per parent', () => {
  it.each([
    { customers: 1000, orders: 2500, min: 0, max: 5 },
    { customers: 1000, orders: 1000, min: 0, max: 5 },
    { customers: 300, orders: 1500, min: 5, max: 5 },
    { customers: 500, orders: 2600, min: 2, max: 8 },
    { customers: 7, orders: 0, min: 0, max: 3 },
  ])('gives each of $customers customers $min-$max of $orders orders, exactly adding up', ({ customers, orders, min, max }) => {
    const rows = records(shop(customers, orders, { min, max }), 'orders');
    expect(rows).toHaveLength(orders);
    const counts = countsPerParent(rows, 'customer_id', customers);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(min);
    expect(Math.max(...counts)).toBeLessThanOrEqual(max);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(orders);
  });

  it('spreads the counts over the range, and scatters siblings through the dataset', () => {
    const rows = records(shop(2000, 5000, { min: 0, max: 5 }), 'orders');
    const counts = countsPerParent(rows, 'customer_id', 2000);
    const histogram = [0, 1, 2, 3, 4, 5].map((count) => counts.filter((value) => value === count).length);
    for (const parents of histogram) expect(parents).toBeGreaterThan(150);
    // Neighbouring orders rarely share a customer (they would if children were laid out by parent).
    const neighbours = rows.slice(1).filter((row, index) => row.customer_id === rows[index]!.customer_id).length;
    expect(neighbours).toBeLessThan(50);
  });

  it('spreads the counts evenly by default, and skews them with log_normal: most parents few children, a few many', () => {
    const counts = (distribution: Distribution) => countsPerParent(records(shop(2000, 5000, { min: 0, max: 20 }, 3, distribution), 'orders'), 'customer_id', 2000);
    const even = counts(Distribution.DISTRIBUTION_UNIFORM);
    const skewed = counts(Distribution.DISTRIBUTION_LOG_NORMAL);
    for (const spread of [even, skewed]) {
      expect(spread.reduce((sum, count) => sum + count, 0)).toBe(5000);
      expect(Math.max(...spread)).toBeLessThanOrEqual(20);
    }
    expect(Math.max(...even)).toBeLessThanOrEqual(8);
    expect(Math.max(...skewed)).toBeGreaterThan(10);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length / 2]!;
    expect(median(skewed)).toBeLessThan(median(even));
  });

  it('is the same records whatever the range asked, from any offset', () => {
    const whole = generate(shop(400, 1200, { min: 1, max: 5 }), 'orders', { format: OutputFormat.OUTPUT_FORMAT_NDJSON }).toString().split('\n');
    const tail = generate(shop(400, 1200, { min: 1, max: 5 }), 'orders', { format: OutputFormat.OUTPUT_FORMAT_NDJSON, offset: 700, count: 500 }).toString().split('\n');
    expect(tail.slice(0, 500)).toEqual(whole.slice(700, 1200));
  });

  it('keeps the key fields beside the reference distinct among siblings: dates run forward, integers count up', () => {
    const rows = records(history(200, 900, { min: 1, max: 9 }), 'job_history');
    expect(new Set(rows.map((row) => `${row.employee_id}|${row.start_date}`)).size).toBe(900);
    const byEmployee = new Map<unknown, Record<string, unknown>[]>();
    for (const row of rows) byEmployee.set(row.employee_id, [...(byEmployee.get(row.employee_id) ?? []), row]);
    expect(byEmployee.size).toBe(200);
    for (const siblings of byEmployee.values()) {
      siblings.sort((a, b) => String(a.start_date).localeCompare(String(b.start_date)));
      // The first key's ranked field is start_date; line, ranked for the second key, counts 1..n.
      expect(new Set(siblings.map((row) => row.line)).size).toBe(siblings.length);
      expect(Math.max(...siblings.map((row) => row.line as number))).toBeLessThanOrEqual(9);
    }
  });

  it('refuses sizes the counts cannot make, a self-reference, a junction of counted references, and a date range too short', () => {
    expect(() => records(shop(100, 600, { min: 0, max: 5 }), 'orders')).toThrow(/600 records cannot give each of the 100 records of "customers" 0-5 children: the size must lie between 0 and 500/);
    expect(() => records(shop(100, 50, { min: 1, max: 5 }), 'orders')).toThrow(/between 100 and 500/);
    expect(() => records(shop(100, 50, { min: 3, max: 2 }), 'orders')).toThrow(/0 <= min <= max/);
    const tooShort = history(10, 30, { min: 0, max: 5 });
    tooShort.datasets[1]!.fields[1]!.dateRange = { start: '2024-01-01', end: '2024-01-03', afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '' };
    expect(() => records(tooShort, 'job_history')).toThrow(PlanError);
    expect(() => records(tooShort, 'job_history')).toThrow(/2024-01-01 to 2024-01-03 holds fewer than the 5 values siblings need/);
  });
});
