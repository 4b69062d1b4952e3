import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { postJson } from '../support/post-json.js';
import { startTestStack } from '../support/start-test-stack.js';

// The document's own good prompt example.
const GOOD_PROMPT =
  'E-commerce platform with customers (id, name, email, signup_date), products (id, name, price, category_id), and orders (id, customer_id, product_id, quantity, order_date, status). Include 5 product categories and realistic order patterns.';

interface PlanJson {
  seed: number;
  planner: string;
  datasets: {
    name: string;
    size: number;
    fields: { name: string; generator: string; enum_values?: { value: string }[]; foreign_key?: { dataset: string; field: string }; only_when?: { field: string } }[];
  }[];
}

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const post = (path: string, body: unknown) => postJson(stack.url, path, body);

const datasetsOf = (json: Record<string, unknown>) => JSON.stringify(json.datasets);

describe('plans as artefacts', () => {
  it('returns the plan alone, with exactly the columns the prompt lists', async () => {
    const { status, json } = await post('/api/plan', { prompt: GOOD_PROMPT, datasets: 3, dataset_size: 200 });
    expect(status).toBe(200);
    const plan = json.plan as PlanJson;
    expect(plan.planner).toBe('builtin');
    expect(plan.datasets.map((dataset) => dataset.name)).toEqual(['customers', 'products', 'orders']);
    expect(plan.datasets[2].fields.map((field) => field.name)).toEqual(['id', 'customer_id', 'product_id', 'quantity', 'order_date', 'status']);
  });

  it('generates from a returned plan and seed with the same bytes as from the prompt', async () => {
    const { json } = await post('/api/plan', { prompt: GOOD_PROMPT, datasets: 3, dataset_size: 200, seed: 99 });
    const plan = json.plan as PlanJson;
    const fromPrompt = await post('/api/generate', { prompt: GOOD_PROMPT, datasets: 3, dataset_size: 200, seed: 99 });
    const fromPlan = await post('/api/generate', { plan, seed: 99 });
    const again = await post('/api/generate', { plan });
    expect(fromPlan.status).toBe(200);
    expect(datasetsOf(fromPlan.json)).toBe(datasetsOf(fromPrompt.json));
    expect(datasetsOf(again.json)).toBe(datasetsOf(fromPrompt.json));
    expect(fromPlan.json.metadata).toMatchObject({ planner: 'user', seed: 99, prompt: GOOD_PROMPT });
  });

  it('honours an edited plan', async () => {
    const { json } = await post('/api/plan', { prompt: 'orders', datasets: 1, dataset_size: 50, reality: 0 });
    const plan = json.plan as PlanJson;
    const status = plan.datasets[0].fields.find((field) => field.name === 'status')!;
    status.enum_values = [{ value: 'ONLY' }];
    plan.datasets[0].fields[0].name = 'order_no';
    // The status timestamps are set only for some statuses: those conditions name values the
    // edit removed, which the whole plan's check points at.
    const conditional = plan.datasets[0].fields.filter((field) => field.only_when?.field === 'status');
    expect(conditional.length).toBeGreaterThan(0);
    const refused = await post('/api/generate', { plan, dataset_size: 30 });
    expect(refused.status).toBe(400);
    expect(refused.json.issues).toHaveLength(conditional.length);
    expect(refused.json.issues).toEqual(
      expect.arrayContaining(conditional.map((field) => expect.stringMatching(new RegExp(`^Field "orders.${field.name}" .*only_when.values .* are not values of "status" \\("ONLY"\\)`)))),
    );
    for (const field of conditional) delete field.only_when;
    const { status: code, json: result } = await post('/api/generate', { plan, dataset_size: 30 });
    expect(code).toBe(200);
    const rows = (result.datasets as Record<string, { content: Record<string, unknown>[] }>).orders.content;
    expect(rows).toHaveLength(30);
    expect(rows.every((row) => row.status === 'ONLY' && 'order_no' in row)).toBe(true);
  });

  it('refuses a malformed plan with the problems listed, and an unknown generator clearly', async () => {
    const malformed = await post('/api/generate', { plan: { datasets: [{ name: 'x', size: 'ten', fields: [{ name: 'id', type: 'text-ish' }] }] } });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error).toBe('Invalid request payload');
    expect(malformed.json.issues).toEqual(
      expect.arrayContaining([
        'plan.datasets[0].size must be a whole number',
        expect.stringMatching(/^plan.datasets\[0\].fields\[0\].type must be one of "string"/),
        'plan.datasets[0].fields[0].generator must be a non-empty string',
      ]),
    );
    const { json } = await post('/api/plan', { prompt: 'customers', datasets: 1, dataset_size: 5 });
    const plan = json.plan as PlanJson;
    plan.datasets[0].fields[1].generator = 'person.favourite_colour';
    const unknown = await post('/api/generate', { plan });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error).toBe('Invalid request payload');
    expect(unknown.json.issues).toEqual([expect.stringMatching(/"person\.favourite_colour" is not a generator/)]);
  });

  it('checks an edited plan whole before the response starts: every semantic error, in the document\'s shape', async () => {
    const { json } = await post('/api/plan', { prompt: 'shop with customers and orders', datasets: 2, seed: 5 });
    const plan = json.plan as PlanJson;
    const [customers, orders] = plan.datasets;
    const field = (dataset: typeof customers, name: string) => dataset.fields.find((candidate) => candidate.name === name)!;
    field(customers, 'loyalty_tier').enum_values = [];
    field(orders, 'order_date').generator = 'date.someday';
    field(orders, 'customer_id').foreign_key!.field = 'first_name';
    for (const accept of ['application/json', 'application/x-ndjson']) {
      const response = await fetch(`${stack.url}/api/generate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: accept },
        body: JSON.stringify({ plan, dataset_size: 1_000_000, include_defects: true }),
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = JSON.parse(await response.text()) as Record<string, unknown>;
      expect(Object.keys(body)).toEqual(['error', 'issues', 'suggestions']);
      expect(body.error).toBe('Invalid request payload');
      expect(body.issues).toEqual([
        expect.stringMatching(/^Field "customers.loyalty_tier" \(enum\): an enum needs at least one value/),
        expect.stringMatching(/^Field "orders.customer_id" \(reference\): "customers.first_name" is neither a primary key nor unique/),
        expect.stringMatching(/^Field "orders.order_date" \(date.someday\): "date.someday" is not a generator of the catalogue/),
      ]);
      expect(body.suggestions).toEqual([expect.stringContaining('POST /api/plan')]);
    }
  });

  it('refuses, before any byte, a name the requested SQL dialect cannot load, and takes it in JSON', async () => {
    const { json } = await post('/api/plan', { prompt: 'customers', datasets: 1, dataset_size: 5, seed: 3 });
    const plan = json.plan as PlanJson;
    plan.datasets[0].fields[1].name = 'xmin';
    const refused = await post('/api/generate', { plan, output_format: 'sql', sql_dialect: 'postgres' });
    expect(refused.status).toBe(400);
    expect(refused.json.issues).toEqual(['Field "customers.xmin": PostgreSQL keeps the column name "xmin" for a system column, quoted or not; rename it.']);
    const asJson = await post('/api/generate', { plan, output_format: 'json' });
    expect(asJson.status).toBe(200);
    expect((asJson.json.datasets as Record<string, { columns: string[] }>).customers.columns[1]).toBe('xmin');
  });

  it('keeps the document\'s limits for a plan too', async () => {
    const { json } = await post('/api/plan', { prompt: 'customers and orders', datasets: 2, dataset_size: 5 });
    const { status, json: refusal } = await post('/api/generate', { plan: json.plan, dataset_size: 3_000_000 });
    expect(status).toBe(400);
    expect(refusal.issues).toEqual(['Dataset size 3,000,000 exceeds limit. With 2 datasets, max size per dataset is 2,500,000']);
  });

  it('previews the first records of a plan exactly as the full generation writes them, defects and manifest included', async () => {
    const { json } = await post('/api/plan', { prompt: GOOD_PROMPT, datasets: 3, dataset_size: 2000, seed: 5 });
    const body = { plan: json.plan, reality: 9, include_defects: true };
    const full = await post('/api/generate', body);
    const preview = await post('/api/generate', { ...body, preview_records: 25 });
    expect(preview.status).toBe(200);
    type Dataset = { size: number; content: Record<string, unknown>[]; defects: { index: number }[] };
    const fullSets = full.json.datasets as Record<string, Dataset>;
    const previewSets = preview.json.datasets as Record<string, Dataset>;
    for (const name of ['customers', 'products', 'orders']) {
      expect(previewSets[name].size).toBe(25);
      expect(previewSets[name].content).toEqual(fullSets[name].content.slice(0, 25));
      expect(previewSets[name].defects).toEqual(fullSets[name].defects.filter((defect) => defect.index < 25));
    }
    expect(previewSets.orders.defects.length).toBeGreaterThan(0);
    expect(preview.json.metadata).toMatchObject({ total_records: 75, seed: 5 });

    const tooMany = await post('/api/generate', { ...body, preview_records: 1001 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.issues).toEqual(['preview_records must be an integer from 1 to 1,000']);
    const onAJob = await post('/api/jobs', { ...body, preview_records: 10 });
    expect(onAJob.status).toBe(400);
    expect(JSON.stringify(onAJob.json.issues)).toContain('preview_records');
  });

  it('lists what a plan may name: generators with their kind, field types, distributions and defect kinds', async () => {
    const response = await fetch(`${stack.url}/api/catalogue`);
    expect(response.status).toBe(200);
    const catalogue = (await response.json()) as { generators: { name: string; kind: string; description: string }[]; field_types: string[]; distributions: string[]; defect_kinds: string[] };
    expect(catalogue.generators).toContainEqual({ name: 'person.email', kind: 'string', description: "The record's person: email built from their name." });
    expect(catalogue.field_types).toEqual(['string', 'text', 'integer', 'decimal', 'float', 'boolean', 'date', 'timestamp', 'uuid']);
    expect(catalogue.distributions).toEqual(['uniform', 'normal', 'log_normal', 'zipf']);
    expect(catalogue.defect_kinds).toContain('near_duplicate_row');
  });
});
