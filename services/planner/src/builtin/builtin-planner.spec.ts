import { describe, expect, it } from 'vitest';
import { GENERATOR_NAMES } from '../../../../libs/catalogue/src/generator-catalogue.js';
import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { FormulaOperator } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { PayloadViolation } from '../rules/payload-violation.js';
import type { PlanningRequest } from '../rules/planning-request.js';
import { BuiltinPlanner } from './builtin-planner.js';

const planner = new BuiltinPlanner();
const DOC_EXPLICIT =
  'E-commerce platform with customers (id, name, email, signup_date), products (id, name, price, category_id), and orders (id, customer_id, product_id, quantity, order_date, status). Include 5 product categories and realistic order patterns.';

function dataset(plan: Plan, name: string) {
  const found = plan.datasets.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no dataset ${name}`);
  return found;
}

function field(plan: Plan, datasetName: string, fieldName: string) {
  const found = dataset(plan, datasetName).fields.find((candidate) => candidate.name === fieldName);
  if (found === undefined) throw new Error(`no field ${datasetName}.${fieldName}`);
  return found;
}

// A dataset's foreign keys as "column → parent", in column order.
function links(plan: Plan, datasetName: string): string[] {
  return dataset(plan, datasetName).fields.flatMap((column) => (column.foreignKey === undefined ? [] : [`${column.name} → ${column.foreignKey.dataset}`]));
}

function refusal(request: PlanningRequest): PayloadViolation {
  try {
    planner.createPlan(request);
  } catch (error) {
    if (error instanceof PayloadViolation) return error;
    throw error;
  }
  throw new Error('expected a PayloadViolation');
}

describe('BuiltinPlanner, the document examples', () => {
  it('adjusts the Python example to 4 datasets of 1500 records with a warning', () => {
    const plan = planner.createPlan({ prompt: 'E-commerce platform with customers, products, orders, and reviews', datasets: 3, datasetSize: 1500, reality: 4, seed: 42 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['customers', 'products', 'orders', 'reviews']);
    expect(plan.datasets.every((entry) => entry.size === 1500)).toBe(true);
    expect(plan.warnings).toContain('Prompt mentions 4 entities (customers, products, orders, reviews) but datasets=3; generating 4 datasets');
    expect(plan).toMatchObject({ seed: 42, realityLevel: 4, planner: 'builtin', domain: 'e-commerce' });
  });

  it('plans the cURL example as exactly patients then appointments', () => {
    const plan = planner.createPlan({ prompt: 'Healthcare system with patients and appointments', datasets: 2, datasetSize: 800, reality: 2, seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['patients', 'appointments']);
    expect(plan.datasets.map((entry) => entry.size)).toEqual([800, 800]);
    expect(field(plan, 'appointments', 'patient_id').foreignKey).toMatchObject({ dataset: 'patients', field: 'id' });
    expect(plan.warnings).toEqual([]);
  });

  it('keeps the good prompt example to exactly its listed columns and relations', () => {
    const plan = planner.createPlan({ prompt: DOC_EXPLICIT, seed: 3 });
    const columns = Object.fromEntries(plan.datasets.map((entry) => [entry.name, entry.fields.map((column) => column.name)]));
    expect(columns).toEqual({
      customers: ['id', 'name', 'email', 'signup_date'],
      products: ['id', 'name', 'price', 'category_id'],
      orders: ['id', 'customer_id', 'product_id', 'quantity', 'order_date', 'status'],
    });
    expect(field(plan, 'orders', 'customer_id').foreignKey).toMatchObject({ dataset: 'customers', field: 'id' });
    expect(field(plan, 'orders', 'product_id').foreignKey).toMatchObject({ dataset: 'products', field: 'id' });
    expect(field(plan, 'customers', 'name').generator).toBe('person.full_name');
    expect(field(plan, 'products', 'name').generator).toBe('commerce.product_name');
    expect(field(plan, 'orders', 'status').generator).toBe('enum');
  });

  it('turns "Include 5 product categories" into category_id values 1 to 5, not a dataset', () => {
    const categoryId = field(planner.createPlan({ prompt: DOC_EXPLICIT, seed: 3 }), 'products', 'category_id');
    expect(categoryId.foreignKey).toBeUndefined();
    expect(categoryId.numericRange).toMatchObject({ min: 1, max: 5 });
  });

  it('gives a category column five names when the prompt lists no columns', () => {
    const plan = planner.createPlan({ prompt: 'Shop with customers, products and orders. Include 5 product categories.', seed: 3 });
    expect(field(plan, 'products', 'category').enumValues).toHaveLength(5);
    expect(plan.datasets).toHaveLength(3);
  });
});

describe('BuiltinPlanner, payload rules', () => {
  it('refuses a mismatch it cannot adjust with the documented words', () => {
    const error = refusal({ prompt: 'E-commerce platform with customers, products, orders, and reviews', datasets: 3, datasetSize: 1_500_000, seed: 1 });
    expect(error.issues).toEqual(['Prompt mentions 4 entities (customers, products, orders, reviews) but datasets=3']);
    expect(error.suggestions).toEqual(['Set datasets=4 to match entities in prompt', 'Or modify prompt to only mention 3 entities']);
  });

  it('refuses an oversized request with the documented words', () => {
    const error = refusal({ prompt: 'Logistics with warehouses, carriers and shipments', datasets: 3, datasetSize: 2_000_000, seed: 1 });
    expect(error.issues).toEqual(['Dataset size 2,000,000 exceeds limit. With 3 datasets, max size per dataset is 1,666,666']);
    expect(error.suggestions).toEqual([]);
  });

  it('generates the named entities only, with a warning, when more datasets are asked for', () => {
    const plan = planner.createPlan({ prompt: 'Healthcare system with patients and appointments', datasets: 4, seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['patients', 'appointments']);
    expect(plan.warnings).toEqual(['Prompt mentions 2 entities (patients, appointments) but datasets=4; generating 2 datasets']);
  });

  it('plans as many of the usual datasets as the limits allow when the prompt names no entity', () => {
    const healthcare = planner.createPlan({ prompt: 'Data for healthcare analytics', seed: 1 });
    expect(healthcare.datasets.map((entry) => entry.name)).toEqual(['patients', 'doctors', 'appointments', 'prescriptions', 'diagnoses']);
    expect(healthcare.warnings).toEqual(['Prompt names no entities; planned the usual healthcare datasets: patients, doctors, appointments, prescriptions, diagnoses']);
    const large = planner.createPlan({ prompt: 'Data for healthcare analytics', datasetSize: 2_000_000, seed: 1 });
    expect(large.datasets.map((entry) => entry.name)).toEqual(['patients', 'doctors']);
  });

  it('takes the first of the usual datasets the count allows and says what it left out', () => {
    const plan = planner.createPlan({ prompt: 'data to test a ride-sharing app', datasets: 3, seed: 1 });
    expect(plan.datasets.map((entry) => entry.name).sort()).toEqual(['drivers', 'riders', 'trips']);
    expect(plan.warnings).toEqual(['Prompt names no entities; planned the usual ride-sharing datasets: riders, drivers, trips (left out: vehicles, payments, ratings; name them in the prompt to choose)']);
  });

  it('completes the entities a system description names with the usual datasets of the system', () => {
    const plan = planner.createPlan({ prompt: 'a university course registration system', seed: 1 });
    expect(plan.datasets.map((entry) => entry.name).sort()).toEqual(['courses', 'instructors', 'registrations', 'students']);
    expect(plan.warnings).toEqual(['Prompt names courses, registrations; added the usual course registration datasets: students, instructors']);
    expect(links(plan, 'registrations')).toEqual(['student_id → students', 'course_id → courses']);
  });

  it('falls back to generic records when no domain shows', () => {
    const generic = planner.createPlan({ prompt: 'lorem ipsum', datasets: 1, seed: 1 });
    expect(generic.datasets.map((entry) => entry.name)).toEqual(['records']);
    expect(generic.domain).toBe('');
    expect(generic.warnings).toEqual(['Prompt names no entities; planned generic datasets: records (left out: record_events; name them in the prompt to choose)']);
  });
});

describe('BuiltinPlanner, prompt constraints', () => {
  it('honours listed values, weights and ranges', () => {
    const plan = planner.createPlan({ prompt: 'Online shop with customers, products and orders; order status (pending 20%, shipped, delivered) and price between 5 and 500', seed: 1 });
    expect(field(plan, 'orders', 'status').enumValues.map((value) => value.value)).toEqual(['pending', 'shipped', 'delivered']);
    expect(field(plan, 'orders', 'status').enumValues[0].weight).toBe(20);
    expect(field(plan, 'products', 'price').numericRange).toMatchObject({ min: 5, max: 500 });
  });

  it('keeps a range inside a column list one column, and a value list with the entity before it', () => {
    const listed = planner.createPlan({ prompt: 'employees (name, salary between 30000 and 90000, department)', seed: 1 });
    expect(dataset(listed, 'employees').fields.map((column) => column.name)).toEqual(['name', 'salary', 'department']);
    expect(field(listed, 'employees', 'salary').numericRange).toMatchObject({ min: 30000, max: 90000 });
    const valued = planner.createPlan({ prompt: 'orders with status (pending, shipped) and customers', seed: 1 });
    expect(field(valued, 'orders', 'status').enumValues.map((value) => value.value)).toEqual(['pending', 'shipped']);
    expect(dataset(valued, 'customers').fields.map((column) => column.name)).toContain('email');
  });

  it('reads a capitalised value list after a singular word as a column, not an entity', () => {
    const plan = planner.createPlan({ prompt: 'HR with employees, salary between 40000 and 120000 and department (Engineering, Sales, Marketing)', seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['employees']);
    expect(field(plan, 'employees', 'department').enumValues.map((value) => value.value)).toEqual(['Engineering', 'Sales', 'Marketing']);
    expect(field(plan, 'employees', 'salary').numericRange).toMatchObject({ min: 40000, max: 120000 });
  });

  it('computes totals and orders dates', () => {
    const plan = planner.createPlan({ prompt: 'E-commerce with customers and orders', seed: 1 });
    expect(field(plan, 'orders', 'total_amount').formula).toEqual({ operator: FormulaOperator.FORMULA_OPERATOR_PRODUCT, operands: ['quantity', 'unit_price'], asOf: '' });
    expect(field(plan, 'orders', 'shipped_date').dateRange?.afterField).toBe('order_date');
  });
});

describe('BuiltinPlanner, compound nouns', () => {
  it('reads "sales reps" as one dataset of reps, with no dataset of sales', () => {
    const plan = planner.createPlan({ prompt: 'CRM with accounts, contacts, sales reps and deals', seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['accounts', 'contacts', 'sales_reps', 'deals']);
    expect(field(plan, 'sales_reps', 'first_name').generator).toBe('person.first_name');
    expect(links(plan, 'contacts')).toEqual(['account_id → accounts']);
    expect(links(plan, 'deals')).toEqual(['account_id → accounts', 'contact_id → contacts']);
  });

  it('names "call records" for the calls they record and links them to the caller', () => {
    const plan = planner.createPlan({ prompt: 'Telecom company with subscribers, plans and call records', seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['plans', 'subscribers', 'call_records']);
    expect(links(plan, 'call_records')).toEqual(['subscriber_id → subscribers']);
  });

  it('plans "shipping addresses" as postal addresses of the customers', () => {
    const plan = planner.createPlan({ prompt: 'Online store with customers, orders and shipping addresses', seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['customers', 'orders', 'shipping_addresses']);
    expect(links(plan, 'shipping_addresses')).toEqual(['customer_id → customers']);
    const generators = Object.fromEntries(dataset(plan, 'shipping_addresses').fields.map((column) => [column.name, column.generator]));
    expect(generators).toMatchObject({ street: 'address.street', city: 'address.city', postal_code: 'address.zip', country: 'address.country' });
  });

  it('keeps a singular address compound a column, not a dataset', () => {
    const plan = planner.createPlan({ prompt: 'Employees with name and home address', seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['employees']);
  });

  it('reads "a sales team" as the sales reps, with no dataset of sales', () => {
    const plan = planner.createPlan({ prompt: 'CRM with a sales team, accounts and deals', seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['sales_reps', 'accounts', 'deals']);
    expect(field(plan, 'sales_reps', 'first_name').generator).toBe('person.first_name');
    expect(links(plan, 'deals')).toEqual(['account_id → accounts']);
  });

  it('reads a plural before a collective noun as its modifier', () => {
    const plan = planner.createPlan({ prompt: 'Company with a sales department and employees', seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['sales_departments', 'employees']);
    expect(field(plan, 'sales_departments', 'name').generator).toBe('company.department');
    expect(links(plan, 'employees')).toEqual(['sales_department_id → sales_departments']);
  });

  it('keeps "support staff" people and "an engineering department" a unit, as their kinds know them', () => {
    const support = planner.createPlan({ prompt: 'Company with support staff, tickets and customers', seed: 1 });
    expect(support.datasets.map((entry) => entry.name)).toEqual(['support_staff', 'customers', 'tickets']);
    expect(links(support, 'tickets')).toEqual(['customer_id → customers', 'support_staff_id → support_staff']);
    const hr = planner.createPlan({ prompt: 'Company with an engineering department and employees', seed: 1 });
    expect(hr.datasets.map((entry) => entry.name)).toEqual(['departments', 'employees']);
    expect(links(hr, 'employees')).toEqual(['department_id → departments']);
  });
});

// The issue's compound nouns and a few more: a compound names its dataset, whether the domain
// files know it (line items, gift cards) or only know its last word (catering orders).
const COMPOUNDS: ReadonlyArray<{ prompt: string; datasets: string[]; links?: Record<string, string[]> }> = [
  { prompt: 'Purchasing with suppliers and purchase orders', datasets: ['suppliers', 'purchase_orders'], links: { purchase_orders: ['supplier_id → suppliers'] } },
  { prompt: 'Marketplace with orders and line items', datasets: ['orders', 'line_items'], links: { line_items: ['order_id → orders'] } },
  { prompt: 'Help desk with customers and support tickets', datasets: ['customers', 'support_tickets'], links: { support_tickets: ['customer_id → customers'] } },
  { prompt: 'Bank with customers and bank accounts', datasets: ['customers', 'bank_accounts'], links: { bank_accounts: ['customer_id → customers'] } },
  { prompt: 'Shop with customers, gift cards and orders', datasets: ['customers', 'gift_cards', 'orders'], links: { gift_cards: ['customer_id → customers'] } },
  { prompt: 'Warehouse with shipments and shipping labels', datasets: ['shipments', 'shipping_labels'], links: { shipping_labels: ['shipment_id → shipments'] } },
  { prompt: 'Store with customers, purchase orders, line items and products', datasets: ['customers', 'products', 'purchase_orders', 'line_items'], links: { line_items: ['purchase_order_id → purchase_orders', 'product_id → products'] } },
  { prompt: 'Bakery with customers and catering orders', datasets: ['customers', 'catering_orders'], links: { catering_orders: ['customer_id → customers'] } },
  { prompt: 'Bank with savings accounts and checking accounts', datasets: ['savings_accounts', 'checking_accounts'] },
  { prompt: 'University with undergraduate students and graduate students', datasets: ['undergraduate_students', 'graduate_students'] },
  { prompt: 'Users with login events and password resets', datasets: ['users', 'login_events', 'password_resets'], links: { login_events: ['user_id → users'] } },
  { prompt: 'Restaurant with dine-in orders and takeout orders', datasets: ['dine_in_orders', 'takeout_orders'] },
  // Words that describe, count or ask stay out of the name, and so does a domain word that sets the prompt.
  { prompt: 'Shop with new customers and recent orders', datasets: ['customers', 'orders'] },
  { prompt: 'Customers with pending orders and outstanding invoices', datasets: ['customers', 'orders', 'invoices'] },
  { prompt: 'Generate 500 customers and their orders', datasets: ['customers', 'orders'] },
  { prompt: 'E-commerce with customers and abandoned carts', datasets: ['customers', 'carts'] },
  { prompt: 'HR with full-time employees and contractors', datasets: ['employees', 'contractors'] },
  { prompt: 'Bank customers and their accounts', datasets: ['customers', 'accounts'] },
];

describe('BuiltinPlanner, compound nouns name their dataset', () => {
  it.each(COMPOUNDS)('plans "$prompt" as $datasets', ({ prompt, datasets, links: expected = {} }) => {
    const plan = planner.createPlan({ prompt, seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(datasets);
    for (const [name, columns] of Object.entries(expected)) expect(links(plan, name)).toEqual(columns);
  });
});

describe('BuiltinPlanner, two names of one kind', () => {
  it('keeps shipping and billing addresses apart, each linked to the customer', () => {
    const plan = planner.createPlan({ prompt: 'Online store with customers, orders, shipping addresses and billing addresses', seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['customers', 'orders', 'shipping_addresses', 'billing_addresses']);
    expect(links(plan, 'shipping_addresses')).toEqual(['customer_id → customers']);
    expect(links(plan, 'billing_addresses')).toEqual(['customer_id → customers']);
  });

  it('links a listed address column to the dataset its name says, not another of the same kind', () => {
    const plan = planner.createPlan({ prompt: 'Shop: customers, billing addresses, shipping addresses, orders (id, customer_id, shipping_address_id, billing_address_id, total)', seed: 1 });
    expect(links(plan, 'orders')).toEqual(['customer_id → customers', 'shipping_address_id → shipping_addresses', 'billing_address_id → billing_addresses']);
  });

  it('merges synonyms, and a name with a modifier beside the same name without one', () => {
    const shop = planner.createPlan({ prompt: 'Shop with clients and customers and orders', seed: 1 });
    expect(shop.datasets.map((entry) => entry.name)).toEqual(['clients', 'orders']);
    expect(links(shop, 'orders')).toEqual(['client_id → clients']);
    const desk = planner.createPlan({ prompt: 'Help desk with tickets, support tickets and agents', seed: 1 });
    expect(desk.datasets.map((entry) => entry.name)).toEqual(['agents', 'tickets']);
  });
});

describe('BuiltinPlanner, telecom', () => {
  it('plans call records with durations, call types, dialled numbers and small costs', () => {
    const plan = planner.createPlan({ prompt: 'Telecom company with subscribers, plans and call records', seed: 1 });
    expect(plan.domain).toBe('telecom');
    expect(links(plan, 'subscribers')).toEqual(['plan_id → plans']);
    expect(field(plan, 'subscribers', 'phone_number').generator).toBe('person.phone');
    expect(field(plan, 'plans', 'monthly_price').numericRange).toMatchObject({ min: 5, max: 120 });
    expect(field(plan, 'plans', 'data_allowance_gb').generator).toBe('number.integer');
    expect(field(plan, 'call_records', 'duration_seconds').numericRange).toMatchObject({ min: 1, max: 5400 });
    expect(field(plan, 'call_records', 'call_type').enumValues.map((value) => value.value)).toEqual(['local', 'long_distance', 'international', 'toll_free', 'premium_rate']);
    expect(field(plan, 'call_records', 'destination_number').generator).toBe('person.phone');
    expect(field(plan, 'call_records', 'cost').numericRange).toMatchObject({ min: 0, max: 25 });
  });

  it('plans SIM cards with a unique card identifier, data usage in megabytes and monthly bills', () => {
    const plan = planner.createPlan({ prompt: 'Mobile carrier with customers, SIM cards, data usage and invoices', seed: 1 });
    expect(plan.domain).toBe('telecom');
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['customers', 'sim_cards', 'data_usage', 'invoices']);
    expect(field(plan, 'sim_cards', 'iccid')).toMatchObject({ generator: 'id.code', unique: true });
    expect(field(plan, 'data_usage', 'megabytes_used')).toMatchObject({ generator: 'number.decimal', numericRange: { min: 0.1, max: 2500 } });
    expect(field(plan, 'invoices', 'period_end').dateRange?.afterField).toBe('period_start');
    expect(field(plan, 'invoices', 'due_date').dateRange?.afterField).toBe('issue_date');
    expect(field(plan, 'invoices', 'status').enumValues.map((value) => value.value)).toContain('overdue');
  });
});

describe('BuiltinPlanner, links of events the domain files cannot place', () => {
  it('links a page view to its viewer and the one thing viewed, and a login to its user alone', () => {
    const plan = planner.createPlan({ prompt: 'Web app with users, products, page views and logins', seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['users', 'products', 'page_views', 'logins']);
    expect(links(plan, 'page_views')).toEqual(['user_id → users', 'product_id → products']);
    expect(links(plan, 'logins')).toEqual(['user_id → users']);
  });

  it('links an event to no subject when the plan offers several', () => {
    const shop = planner.createPlan({ prompt: 'E-commerce with customers, products, stores and page views', seed: 1 });
    expect(links(shop, 'page_views')).toEqual(['customer_id → customers']);
    const bank = planner.createPlan({ prompt: 'Bank with branches, loans and credit cards', seed: 1 });
    expect(links(bank, 'loans')).toEqual([]);
  });
});

const INVARIANT_PROMPTS = [
  DOC_EXPLICIT,
  'E-commerce platform with customers, products, orders, and reviews',
  'Social network with users, followers and direct messages',
  'HR system with employees, departments, payroll and leave requests',
  'Airline with flights, passengers and tickets',
  'Gym with members, trainers and classes',
  'users (id, name, post_id) and posts (id, title, user_id)',
  'Telecom company with subscribers, plans and call records',
  'Mobile carrier with customers, SIM cards, data usage and invoices',
  'Online store with customers, orders, shipping addresses and billing addresses',
  'Store with customers, purchase orders, line items and products',
  'Shop with customers, gift cards and orders',
];

describe('BuiltinPlanner, plan invariants', () => {
  it.each(INVARIANT_PROMPTS)('references only earlier datasets and their primary keys: %s', (prompt) => {
    const plan = planner.createPlan({ prompt, seed: 9 });
    plan.datasets.forEach((entry, index) => {
      for (const column of entry.fields.filter((candidate) => candidate.foreignKey !== undefined)) {
        const parentIndex = plan.datasets.findIndex((candidate) => candidate.name === column.foreignKey?.dataset);
        expect(parentIndex, `${entry.name}.${column.name}`).toBeGreaterThanOrEqual(0);
        expect(parentIndex).toBeLessThan(index);
        const key = plan.datasets[parentIndex].fields.find((candidate) => candidate.name === column.foreignKey?.field);
        expect(key?.primaryKey).toBe(true);
        expect(column.type).toBe(key?.type);
      }
    });
  });

  it.each(INVARIANT_PROMPTS)('names catalogue generators and safe identifiers only: %s', (prompt) => {
    const plan = planner.createPlan({ prompt, seed: 9 });
    for (const entry of plan.datasets) {
      expect(entry.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(new Set(entry.fields.map((column) => column.name)).size).toBe(entry.fields.length);
      for (const column of entry.fields) {
        expect(column.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(GENERATOR_NAMES).toContain(column.generator);
      }
    }
  });

  it('breaks a reference cycle with a warning', () => {
    const plan = planner.createPlan({ prompt: 'users (id, name, post_id) and posts (id, title, user_id)', seed: 1 });
    expect(plan.datasets.map((entry) => entry.name)).toEqual(['users', 'posts']);
    expect(field(plan, 'posts', 'user_id').foreignKey?.dataset).toBe('users');
    expect(field(plan, 'users', 'post_id').foreignKey).toBeUndefined();
    expect(plan.warnings.some((warning) => warning.includes('reference each other'))).toBe(true);
  });

  it.each(['((((', 'customers ()', 'Ünïcödé 客户', 'status (a, b) price between x and y', 'Include 5000 categories of products', 'orders (id, id, Customer ID, 123abc)'])(
    'plans odd prompts without failing: %s',
    (prompt) => {
      const plan = planner.createPlan({ prompt, seed: 1 });
      expect(plan.datasets.length).toBeGreaterThan(0);
      for (const entry of plan.datasets) expect(entry.fields.filter((column) => column.primaryKey).length).toBeLessThanOrEqual(1);
    },
  );

  it('gives the same plan for the same request', () => {
    const request = { prompt: DOC_EXPLICIT, datasets: 3, datasetSize: 500, reality: 5, seed: 11 };
    expect(new BuiltinPlanner().createPlan(request)).toEqual(planner.createPlan(request));
    expect(JSON.stringify(planner.createPlan(request))).toBe(JSON.stringify(planner.createPlan(request)));
  });
});

describe('BuiltinPlanner, children per parent from the prompt', () => {
  it('turns "0-5 orders per customer" into a count of children on the reference', () => {
    const plan = planner.createPlan({ prompt: 'Customers and orders, with 0-5 orders per customer', datasetSize: 1000, seed: 1 });
    expect(field(plan, 'orders', 'customer_id').foreignKey?.children).toEqual({ min: 0, max: 5 });
    expect(field(plan, 'orders', 'customer_id').nullRate).toBe(0);
    const upTo = planner.createPlan({ prompt: 'Products and reviews, up to 3 reviews for each product', datasetSize: 500, seed: 1 });
    expect(field(upTo, 'reviews', 'product_id').foreignKey?.children).toEqual({ min: 0, max: 3 });
  });

  it('reads the count after its parent: "each customer has 1 to 5 orders", "every product gets up to 3 reviews"', () => {
    const plan = planner.createPlan({ prompt: 'Customers and orders; each customer has 1 to 5 orders', datasetSize: 1000, seed: 1 });
    expect(field(plan, 'orders', 'customer_id').foreignKey?.children).toEqual({ min: 1, max: 5 });
    const upTo = planner.createPlan({ prompt: 'Products and reviews where every product gets up to 3 reviews', datasetSize: 500, seed: 1 });
    expect(field(upTo, 'reviews', 'product_id').foreignKey?.children).toEqual({ min: 0, max: 3 });
  });

  it('says why a count the sizes cannot hold is not applied', () => {
    const plan = planner.createPlan({ prompt: 'Customers and orders, 2 to 6 orders per customer', datasetSize: 1000, seed: 1 });
    expect(field(plan, 'orders', 'customer_id').foreignKey?.children).toBeUndefined();
    expect(plan.warnings).toContainEqual(expect.stringMatching(/2-6 orders per customer, but 1000 orders over 1000 customers make 1 each on average; set their sizes in the plan \(2000 to 6000 orders\)/));
  });
});
