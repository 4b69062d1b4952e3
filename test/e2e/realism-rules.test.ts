import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import type { PlanJson } from '../../libs/client/src/plan-types.js';
import { checkPlanRules, type JsonRecord, type RuleReport } from '../support/plan-rules.js';
import { postJson } from '../support/post-json.js';
import { startTestStack } from '../support/start-test-stack.js';

// Issue 15's promise, measured as a user would: plan a prompt with the builtin planner, check
// that the plan states the rules such data obeys, generate it clean (reality 0) and parse it;
// no record may break any rule the plan states.

interface RuleCase {
  readonly prompt: string;
  // Rules the plan must state, as the checker names them.
  readonly rules: readonly string[];
}

const CASES: readonly RuleCase[] = [
  {
    prompt: 'E-commerce platform with customers, products, orders, and reviews',
    rules: [
      'orders.order_date not_before customer_id.signup_date',
      'orders.shipped_date only_when status one_of shipped,delivered,returned',
      'reviews.review_date not_before customer_id.signup_date',
    ],
  },
  {
    prompt: 'Library with books, authors, members and loans',
    rules: ['loans.loaned_date not_before member_id.joined_date', 'loans.returned_date only_when status one_of returned', 'loans.late_fee only_when returned_date after due_date'],
  },
  {
    prompt: 'Healthcare system with patients, doctors and appointments',
    rules: ['appointments.appointment_date not_before patient_id.registration_date'],
  },
  {
    prompt: 'Clinic with patients (id, name, date_of_birth, age, registration_date) and appointments (id, patient_id, appointment_date, status)',
    rules: ['patients.age age(date_of_birth as of 2025-01-01)', 'appointments.appointment_date not_before patient_id.registration_date'],
  },
  {
    prompt: 'HR system with departments, employees, payroll and leave requests',
    rules: ['employees.hire_date not_before department_id.created_date', 'payroll.pay_period_start not_before employee_id.hire_date', 'leave_requests.start_date not_before employee_id.hire_date'],
  },
  {
    prompt: 'SaaS billing with accounts, subscriptions, invoices and payments',
    rules: [
      'subscriptions.start_date not_before account_id.created_at',
      'invoices.issue_date not_before subscription_id.start_date',
      'invoices.paid_at only_when status one_of paid',
      'payments.paid_at not_before invoice_id.issue_date',
    ],
  },
  {
    prompt: 'Customer support help desk with customers, agents and tickets',
    rules: ['tickets.created_at not_before customer_id.created_at', 'tickets.first_response_at only_when status none_of open', 'tickets.resolved_at only_when status one_of resolved,closed'],
  },
  {
    prompt: 'Bank with customers, accounts, transactions, loans and cards',
    rules: ['accounts.opened_date not_before customer_id.customer_since', 'transactions.transaction_date not_before account_id.opened_date', 'loans.start_date not_before customer_id.customer_since'],
  },
  {
    prompt: 'Car rental company with cars, customers and rentals',
    rules: ['rentals.pickup_at not_before customer_id.signup_date', 'rentals.return_at after_field pickup_at (0-21 days)', 'rentals.return_at only_when status one_of completed'],
  },
  {
    prompt: 'Event management with events, attendees and registrations',
    rules: ['registrations.registered_at not_before attendee_id.created_at', 'events.ends_at after_field starts_at (0-3 days)'],
  },
  {
    prompt: 'Logistics company with warehouses, shipments, deliveries and drivers',
    rules: ['shipments.delivered_at only_when status one_of delivered,returned', 'deliveries.scheduled_date not_before driver_id.hire_date'],
  },
  {
    prompt: 'Hotel booking platform with hotels, rooms, guests, bookings and reviews',
    rules: ['reviews.review_date not_before booking_id.booked_at'],
  },
  {
    prompt: 'Orders (id, order_date, status, item_count, total_amount) and order lines (id, order_id, quantity, unit_price, line_total), with 0-4 lines per order',
    rules: ['orders.item_count count of order_lines', 'orders.total_amount sum line_total of order_lines'],
  },
  {
    prompt: 'Customers (id, name, signup_date, order_count) and orders (id, customer_id, order_date, is_member, discount), with 0-5 orders per customer',
    rules: ['customers.order_count count of orders', 'orders.order_date not_before customer_id.signup_date', 'orders.discount only_when is_member is_true'],
  },
];

const REQUEST = { dataset_size: 3000, reality: 0, seed: 20261215 };

interface Envelope {
  datasets: Record<string, { content: JsonRecord[] }>;
}

let stack: LocalStack;
const summary: { prompt: string; rules: number; checked: number; violations: number }[] = [];

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
  console.table(summary);
});

describe('realism rules at reality 0', () => {
  it.each(CASES)('breaks no rule the plan states: $prompt', async ({ prompt, rules }) => {
    const planned = await postJson(stack.url, '/api/plan', { ...REQUEST, prompt });
    expect(planned.status).toBe(200);
    const plan = planned.json.plan as PlanJson;
    const generated = await postJson(stack.url, '/api/generate', { ...REQUEST, plan, output_format: 'json' });
    expect(generated.status, JSON.stringify(generated.json).slice(0, 500)).toBe(200);
    const records = Object.fromEntries(Object.entries((generated.json as unknown as Envelope).datasets).map(([name, dataset]) => [name, dataset.content]));

    const reports = checkPlanRules(plan, records);
    const total = (count: (report: RuleReport) => number) => reports.reduce((sum, report) => sum + count(report), 0);
    summary.push({ prompt: prompt.slice(0, 60), rules: reports.length, checked: total((report) => report.checked), violations: total((report) => report.violations) });
    expect(reports.map((report) => report.rule)).toEqual(expect.arrayContaining([...rules]));
    expect(reports.filter((report) => report.checked === 0).map((report) => report.rule), 'rules no record could test').toEqual([]);
    expect(reports.filter((report) => report.violations > 0), 'broken rules').toEqual([] as RuleReport[]);
  });
});
