import { describe, expect, it } from 'vitest';
import type { Field, Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { AggregateOperator, ConditionOperator, FormulaOperator, LogicalType } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { BuiltinPlanner } from './builtin-planner.js';

const planner = new BuiltinPlanner();

function field(plan: Plan, path: string): Field {
  const [datasetName, fieldName] = path.split('.');
  const found = plan.datasets.find((dataset) => dataset.name === datasetName)?.fields.find((candidate) => candidate.name === fieldName);
  if (found === undefined) throw new Error(`no field ${path}`);
  return found;
}

// Every "dataset.field not_before reference.field" the plan states.
function timeOrder(plan: Plan): string[] {
  return plan.datasets.flatMap((dataset) =>
    dataset.fields.flatMap((candidate) => (candidate.dateRange?.notBefore ? [`${dataset.name}.${candidate.name} not_before ${candidate.dateRange.notBefore}`] : [])),
  );
}

describe('BuiltinPlanner, time order across datasets', () => {
  it.each([
    ['E-commerce platform with customers, products, orders, and reviews', ['orders.order_date not_before customer_id.signup_date', 'reviews.review_date not_before customer_id.signup_date']],
    ['Library with books, authors, members and loans', ['loans.loaned_date not_before member_id.joined_date']],
    ['Healthcare system with patients, doctors and appointments', ['appointments.appointment_date not_before patient_id.registration_date']],
    ['SaaS billing with accounts, subscriptions, invoices and payments', ['subscriptions.start_date not_before account_id.created_at', 'invoices.issue_date not_before subscription_id.start_date', 'payments.paid_at not_before invoice_id.issue_date']],
    ['Bank with customers, accounts, transactions, loans and cards', ['accounts.opened_date not_before customer_id.customer_since', 'transactions.transaction_date not_before account_id.opened_date']],
    ['HR system with departments, employees and payroll', ['employees.hire_date not_before department_id.created_date', 'payroll.pay_period_start not_before employee_id.hire_date']],
    ['Hotel booking platform with hotels, rooms, guests, bookings and reviews', ['reviews.review_date not_before booking_id.booked_at']],
  ])('orders the dates of "%s" after their parents', (prompt, expected) => {
    expect(timeOrder(planner.createPlan({ prompt, seed: 1 }))).toEqual(expect.arrayContaining(expected));
  });

  it('never dates a purchase against a scheduled date of its parent: tickets are bought before the concert', () => {
    const plan = planner.createPlan({ prompt: 'Concert ticketing: events, venues, attendees and tickets', seed: 1 });
    expect(field(plan, 'tickets.purchased_at').dateRange?.notBefore).toBe('attendee_id.created_at');
  });

  it('leaves dates that follow another date of the record, and dates planned ahead, to their own rules', () => {
    const plan = planner.createPlan({ prompt: 'Bank with customers, accounts and cards', seed: 1 });
    expect(field(plan, 'cards.expiry_date').dateRange).toMatchObject({ afterField: 'issued_date', notBefore: '' });
  });

  it("ends the parent's window no later than the child's, so the order rarely pushes a date past its range", () => {
    const plan = planner.createPlan({ prompt: 'Customers (id, name, signup_date) and orders (id, customer_id, order_date) with order_date between 2023-01-01 and 2023-06-30', seed: 1 });
    expect(field(plan, 'orders.order_date').dateRange).toMatchObject({ end: '2023-06-30', notBefore: 'customer_id.signup_date' });
    expect(field(plan, 'customers.signup_date').dateRange?.end).toBe('2023-06-30');
  });
});

describe('BuiltinPlanner, conditions inside a record', () => {
  it('sets the dates of an outcome only in the statuses that reached it, narrowing a date to its anchor', () => {
    const plan = planner.createPlan({ prompt: 'Logistics company with warehouses and shipments', seed: 1 });
    expect(field(plan, 'shipments.shipped_at').onlyWhen).toEqual({ field: 'status', operator: ConditionOperator.CONDITION_OPERATOR_ONE_OF, values: ['in_transit', 'out_for_delivery', 'delivered', 'delayed', 'returned'], otherField: '' });
    expect(field(plan, 'shipments.delivered_at')).toMatchObject({ nullable: true, nullRate: 0, onlyWhen: { field: 'status', values: ['delivered', 'returned'] }, dateRange: { afterField: 'shipped_at' } });
  });

  it('narrows a date to the statuses of the date it follows', () => {
    const plan = planner.createPlan({ prompt: 'orders (id, status, shipped_at, delivered_at, cancelled_at) with status (pending, shipped, delivered, cancelled, returned)', seed: 1 });
    expect(field(plan, 'orders.shipped_at').onlyWhen?.values).toEqual(['shipped', 'delivered', 'returned']);
    expect(field(plan, 'orders.delivered_at').onlyWhen?.values).toEqual(['delivered', 'returned']);
    expect(field(plan, 'orders.cancelled_at').onlyWhen?.values).toEqual(['cancelled']);
  });

  it('charges a late fee only for a loan returned after its due date, and dates the return only when returned', () => {
    const plan = planner.createPlan({ prompt: 'Library with books, members and loans', seed: 1 });
    expect(field(plan, 'loans.late_fee')).toMatchObject({ nullable: false, onlyWhen: { field: 'returned_date', operator: ConditionOperator.CONDITION_OPERATOR_AFTER, otherField: 'due_date' } });
    expect(field(plan, 'loans.returned_date').onlyWhen).toMatchObject({ field: 'status', operator: ConditionOperator.CONDITION_OPERATOR_ONE_OF, values: ['returned'] });
  });

  it('gives a ticket a first response unless it is still open', () => {
    const plan = planner.createPlan({ prompt: 'Customer support help desk with customers, agents and tickets', seed: 1 });
    expect(field(plan, 'tickets.first_response_at').onlyWhen).toMatchObject({ operator: ConditionOperator.CONDITION_OPERATOR_NONE_OF, values: ['open'] });
    expect(field(plan, 'tickets.resolved_at').onlyWhen?.values).toEqual(['resolved', 'closed']);
  });

  it('gives discounts to members only', () => {
    const flag = planner.createPlan({ prompt: 'orders (id, is_member, discount, total)', seed: 1 });
    expect(field(flag, 'orders.discount')).toMatchObject({ nullable: false, nullRate: 0, onlyWhen: { field: 'is_member', operator: ConditionOperator.CONDITION_OPERATOR_IS_TRUE } });
    const tier = planner.createPlan({ prompt: 'bookings (id, loyalty_tier, discount_amount) with loyalty_tier (none, silver, gold)', seed: 1 });
    expect(field(tier, 'bookings.discount_amount').onlyWhen).toMatchObject({ field: 'loyalty_tier', operator: ConditionOperator.CONDITION_OPERATOR_NONE_OF, values: ['none'] });
  });

  it('computes an age from the birth date, at the occasion when the record has one', () => {
    const person = field(planner.createPlan({ prompt: 'patients (id, name, date_of_birth, age)', seed: 1 }), 'patients.age');
    expect(person).toMatchObject({ generator: 'formula', type: LogicalType.LOGICAL_TYPE_INTEGER, formula: { operator: FormulaOperator.FORMULA_OPERATOR_AGE, operands: ['date_of_birth'], asOf: '' } });
    const visit = field(planner.createPlan({ prompt: 'appointments (id, date_of_birth, appointment_date, age)', seed: 1 }), 'appointments.age');
    expect(visit.formula?.operands).toEqual(['date_of_birth', 'appointment_date']);
  });
});

describe('BuiltinPlanner, counts and totals from children', () => {
  it('counts and sums the lines of an order when the prompt says how many each has', () => {
    const plan = planner.createPlan({ prompt: 'Orders (id, order_date, status, item_count, total_amount) and order lines (id, order_id, quantity, unit_price, line_total), with 0-4 lines per order', seed: 1 });
    expect(field(plan, 'orders.item_count')).toMatchObject({ generator: 'aggregate', type: LogicalType.LOGICAL_TYPE_INTEGER, aggregate: { dataset: 'order_lines', foreignKeyField: 'order_id', operator: AggregateOperator.AGGREGATE_OPERATOR_COUNT, field: '' } });
    expect(field(plan, 'orders.total_amount')).toMatchObject({ generator: 'aggregate', type: LogicalType.LOGICAL_TYPE_DECIMAL, scale: 2, formula: undefined, aggregate: { operator: AggregateOperator.AGGREGATE_OPERATOR_SUM, field: 'line_total' } });
  });

  it('sums into the subtotal and keeps the total its formula over it', () => {
    const plan = planner.createPlan({ prompt: 'Invoices (id, issue_date, line_count, subtotal, tax, total) and invoice lines (id, invoice_id, quantity, unit_price, line_total), 0-3 lines per invoice', seed: 1 });
    expect(field(plan, 'invoices.subtotal').aggregate).toMatchObject({ operator: AggregateOperator.AGGREGATE_OPERATOR_SUM, field: 'line_total' });
    expect(field(plan, 'invoices.line_count').aggregate?.operator).toBe(AggregateOperator.AGGREGATE_OPERATOR_COUNT);
    expect(field(plan, 'invoices.total').formula?.operands).toEqual(['subtotal', 'tax']);
  });

  it('derives nothing from children whose number per parent the plan does not fix', () => {
    const plan = planner.createPlan({ prompt: 'Orders (id, item_count, total_amount) and order lines (id, order_id, line_total)', seed: 1 });
    expect(field(plan, 'orders.item_count').aggregate).toBeUndefined();
  });
});
