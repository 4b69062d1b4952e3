import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../libs/client/src/plan-types.js';
import { checkPlanRules, type RecordsByDataset, type RuleReport } from './plan-rules.js';

const PLAN: PlanJson = {
  seed: 1,
  warnings: [],
  datasets: [
    {
      name: 'customers',
      size: 2,
      fields: [
        { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true },
        { name: 'signup_date', type: 'date', generator: 'date.date', date_range: { start: '2020-01-01', end: '2024-12-31' } },
        { name: 'is_member', type: 'boolean', generator: 'boolean' },
        { name: 'birth_date', type: 'date', generator: 'person.birth_date' },
        { name: 'age', type: 'integer', generator: 'formula', formula: { operator: 'age', operands: ['birth_date'] } },
        { name: 'order_count', type: 'integer', generator: 'aggregate', aggregate: { dataset: 'orders', operator: 'count' } },
      ],
    },
    {
      name: 'orders',
      size: 3,
      fields: [
        { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true },
        { name: 'customer_id', type: 'integer', generator: 'reference', foreign_key: { dataset: 'customers', field: 'id', children: { min: 0, max: 2 } } },
        { name: 'order_date', type: 'timestamp', generator: 'date.timestamp', date_range: { start: '2023-01-01', end: '2024-12-31', not_before: 'customer_id.signup_date' } },
        { name: 'status', type: 'string', generator: 'enum', enum_values: [{ value: 'pending' }, { value: 'shipped' }] },
        { name: 'shipped_at', type: 'timestamp', generator: 'date.timestamp', nullable: true, date_range: { after_field: 'order_date', max_days_after: 7 }, only_when: { field: 'status', operator: 'one_of', values: ['shipped'] } },
        { name: 'due_date', type: 'date', generator: 'date.date' },
        { name: 'paid_date', type: 'date', generator: 'date.date', nullable: true, null_rate: 0.2 },
        { name: 'late_fee', type: 'decimal', generator: 'number.decimal', scale: 2, only_when: { field: 'paid_date', operator: 'after', other_field: 'due_date' } },
        { name: 'total', type: 'decimal', generator: 'aggregate', scale: 2, aggregate: { dataset: 'order_lines', foreign_key_field: 'order_id', operator: 'sum', field: 'line_total' } },
      ],
    },
    {
      name: 'order_lines',
      size: 3,
      fields: [
        { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true },
        { name: 'order_id', type: 'integer', generator: 'reference', foreign_key: { dataset: 'orders', field: 'id', children: { min: 0, max: 2 } } },
        { name: 'line_total', type: 'decimal', generator: 'number.decimal', scale: 2 },
      ],
    },
  ],
};

const CLEAN: RecordsByDataset = {
  customers: [
    { id: 1, signup_date: '2023-03-01', is_member: true, birth_date: '1990-06-15', age: 34, order_count: 2 },
    { id: 2, signup_date: '2024-01-10', is_member: false, birth_date: '2000-01-01', age: 25, order_count: 1 },
  ],
  orders: [
    { id: 1, customer_id: 1, order_date: '2023-03-01T08:00:00Z', status: 'shipped', shipped_at: '2023-03-08T23:00:00Z', due_date: '2023-04-01', paid_date: '2023-04-03', late_fee: 5.5, total: 30.3 },
    { id: 2, customer_id: 1, order_date: '2023-05-01T08:00:00Z', status: 'pending', shipped_at: null, due_date: '2023-06-01', paid_date: '2023-05-20', late_fee: 0, total: 0 },
    { id: 3, customer_id: 2, order_date: '2024-02-01T08:00:00Z', status: 'pending', shipped_at: null, due_date: '2024-03-01', paid_date: null, late_fee: 0, total: 9.99 },
  ],
  order_lines: [
    { id: 1, order_id: 1, line_total: 10.1 },
    { id: 2, order_id: 1, line_total: 20.2 },
    { id: 3, order_id: 3, line_total: 9.99 },
  ],
};

function reportOf(reports: readonly RuleReport[], rule: string): RuleReport {
  const found = reports.find((report) => report.rule === rule);
  if (found === undefined) throw new Error(`no rule ${rule} among ${reports.map((report) => report.rule).join('; ')}`);
  return found;
}

// CLEAN with some records replaced: { orders: { 1: { status: 'pending' } } } changes order index 1.
function edited(changes: Readonly<Record<string, Readonly<Record<number, Record<string, unknown>>>>>): RecordsByDataset {
  return Object.fromEntries(
    Object.entries(CLEAN).map(([name, rows]) => [name, rows.map((row, index) => ({ ...row, ...(changes[name]?.[index] ?? {}) }))]),
  );
}

describe('checkPlanRules', () => {
  it('names every rule the plan states and finds none broken in records that follow them', () => {
    const reports = checkPlanRules(PLAN, CLEAN);
    expect(reports.map((report) => report.rule)).toEqual([
      'customers.age age(birth_date as of 2025-01-01)',
      'customers.order_count count of orders',
      'orders.order_date not_before customer_id.signup_date',
      'orders.shipped_at after_field order_date (0-7 days)',
      'orders.shipped_at only_when status one_of shipped',
      'orders.late_fee only_when paid_date after due_date',
      'orders.total sum line_total of order_lines',
    ]);
    expect(reports.filter((report) => report.violations > 0)).toEqual([]);
    expect(reportOf(reports, 'orders.order_date not_before customer_id.signup_date').checked).toBe(3);
  });

  it('finds a child dated before the parent its reference points to', () => {
    const report = reportOf(checkPlanRules(PLAN, edited({ orders: { 2: { order_date: '2024-01-09T23:59:59Z' } } })), 'orders.order_date not_before customer_id.signup_date');
    expect(report).toMatchObject({ checked: 3, violations: 1 });
    expect(report.examples[0]).toContain('orders id=3');
  });

  it('counts a timestamp on its parent date\'s day as not before it', () => {
    const report = reportOf(checkPlanRules(PLAN, edited({ orders: { 2: { order_date: '2024-01-10T00:00:00Z' } } })), 'orders.order_date not_before customer_id.signup_date');
    expect(report.violations).toBe(0);
  });

  it('finds a date too soon or too late after its anchor', () => {
    const early = edited({ orders: { 0: { shipped_at: '2023-03-01T07:59:59Z' } } });
    const late = edited({ orders: { 0: { shipped_at: '2023-03-09T00:00:00Z' } } });
    expect(reportOf(checkPlanRules(PLAN, early), 'orders.shipped_at after_field order_date (0-7 days)').violations).toBe(1);
    expect(reportOf(checkPlanRules(PLAN, late), 'orders.shipped_at after_field order_date (0-7 days)').violations).toBe(1);
  });

  it('finds a value set where its condition fails and a null where it holds', () => {
    const setWhenPending = edited({ orders: { 1: { shipped_at: '2023-05-02T00:00:00Z' } } });
    const nullWhenShipped = edited({ orders: { 0: { shipped_at: null } } });
    expect(reportOf(checkPlanRules(PLAN, setWhenPending), 'orders.shipped_at only_when status one_of shipped')).toMatchObject({ checked: 3, violations: 1 });
    expect(reportOf(checkPlanRules(PLAN, nullWhenShipped), 'orders.shipped_at only_when status one_of shipped')).toMatchObject({ violations: 1 });
  });

  it('wants a number zero where its condition fails, a missing date failing an AFTER', () => {
    const feeOnTime = edited({ orders: { 1: { late_fee: 2 } } });
    const feeUnpaid = edited({ orders: { 2: { late_fee: 1 } } });
    expect(reportOf(checkPlanRules(PLAN, feeOnTime), 'orders.late_fee only_when paid_date after due_date').violations).toBe(1);
    expect(reportOf(checkPlanRules(PLAN, feeUnpaid), 'orders.late_fee only_when paid_date after due_date').violations).toBe(1);
  });

  it('tests a number against the bound of at_least and below', () => {
    const fee = (name: string, operator: string, bound: string) => ({ name, type: 'decimal', generator: 'number.decimal', scale: 2, only_when: { field: 'amount', operator, values: [bound] } });
    const plan: PlanJson = {
      seed: 1,
      warnings: [],
      datasets: [{ name: 'payments', size: 3, fields: [{ name: 'amount', type: 'decimal', generator: 'number.decimal', scale: 2 }, fee('surcharge', 'at_least', '500'), fee('small_fee', 'below', '10')] }],
    };
    const payments = [
      { amount: 500, surcharge: 5, small_fee: 0 },
      { amount: 9.99, surcharge: 0, small_fee: 1 },
      { amount: 499.99, surcharge: 2, small_fee: 0 },
    ];
    const reports = checkPlanRules(plan, { payments });
    expect(reportOf(reports, 'payments.surcharge only_when amount at_least 500')).toMatchObject({ checked: 3, violations: 1 });
    expect(reportOf(reports, 'payments.small_fee only_when amount below 10')).toMatchObject({ checked: 3, violations: 0 });
  });

  it('recomputes counts and sums from the children, to the field\'s scale', () => {
    const reports = checkPlanRules(PLAN, edited({ customers: { 1: { order_count: 0 } }, orders: { 0: { total: 30.31 } } }));
    expect(reportOf(reports, 'customers.order_count count of orders').violations).toBe(1);
    expect(reportOf(reports, 'orders.total sum line_total of order_lines')).toMatchObject({ checked: 3, violations: 1 });
  });

  it('recomputes ages in whole years, the day before a birthday still the younger age', () => {
    expect(reportOf(checkPlanRules(PLAN, edited({ customers: { 1: { birth_date: '2000-01-02' } } })), 'customers.age age(birth_date as of 2025-01-01)').violations).toBe(1);
    expect(reportOf(checkPlanRules(PLAN, edited({ customers: { 1: { birth_date: '2000-01-02', age: 24 } } })), 'customers.age age(birth_date as of 2025-01-01)').violations).toBe(0);
  });

  it('refuses a not_before through a field that is not a reference', () => {
    const plan: PlanJson = { ...PLAN, datasets: [{ ...PLAN.datasets[1]!, fields: [{ name: 'order_date', type: 'date', generator: 'date.date', date_range: { not_before: 'status.created_at' } }] }] };
    expect(() => checkPlanRules(plan, CLEAN)).toThrow(/status is not a reference of orders/);
  });
});
