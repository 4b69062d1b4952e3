import { parse } from 'csv-parse/sync';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { checkServing } from '../../libs/grpc/src/health-client.js';
import { listServices } from '../support/reflection-client.js';
import { startTestStack } from '../support/start-test-stack.js';

// The public document's cURL example, posted to the real gateway in front of the real planner
// and generator processes.
const CURL_EXAMPLE = {
  api_key: 'sk-your-openai-api-key',
  prompt: 'Healthcare system with patients and appointments',
  datasets: 2,
  dataset_size: 800,
  reality: 2,
  output_format: 'json',
};

interface Dataset {
  format: string;
  size: number;
  columns: string[];
  content: unknown;
}

interface Envelope {
  success: boolean;
  message: string;
  datasets: Record<string, Dataset>;
  metadata: Record<string, unknown> & { validation: Record<string, unknown> };
  download_links: null;
}

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

async function post(body: unknown): Promise<{ status: number; json: Envelope }> {
  const response = await fetch(`${stack.url}/api/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Envelope };
}

describe('POST /api/generate', () => {
  it('answers the documented cURL example with patients and appointments, 800 records each', async () => {
    const { status, json } = await post(CURL_EXAMPLE);
    expect(status).toBe(200);
    expect(json.success).toBe(true);
    expect(json.message).toBe('Successfully generated 2 dataset(s)');
    expect(Object.keys(json.datasets)).toEqual(['patients', 'appointments']);
    for (const dataset of Object.values(json.datasets)) {
      expect(dataset.format).toBe('json');
      expect(dataset.size).toBe(800);
      const rows = dataset.content as Record<string, unknown>[];
      expect(rows).toHaveLength(800);
      for (const row of rows) expect(Object.keys(row)).toEqual(dataset.columns);
    }
    const patientIds = new Set((json.datasets.patients.content as { id: unknown }[]).map((row) => row.id));
    expect(patientIds.size).toBe(800);
    expect(json.datasets.appointments.columns).toContain('patient_id');
    for (const row of json.datasets.appointments.content as { patient_id: unknown }[]) {
      expect(patientIds.has(row.patient_id)).toBe(true);
    }
    expect(json.metadata).toMatchObject({
      total_datasets: 2,
      total_records: 1600,
      reality_level: 2,
      output_format: 'json',
      prompt: CURL_EXAMPLE.prompt,
      validation: { entity_types_generated: ['patients', 'appointments'], validation_status: 'completed' },
    });
    expect(json.metadata.generation_timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // Level 2 is clean: every record passes every check.
    expect(json.metadata.validation).toMatchObject({
      validation_score: 10,
      checks: { type_conformance: 1, key_uniqueness: 1, referential_integrity: 1, completeness: 1 },
      counts: { records: 1600, failing_records: 0, type_mismatches: 0, duplicate_keys: 0, orphan_references: 0, missing_values: 0 },
    });
    expect(json.download_links).toBeNull();
  });

  it('returns the seed it used, and the same seed gives the same bytes', async () => {
    const first = await post(CURL_EXAMPLE);
    const seed = first.json.metadata.seed as number;
    expect(Number.isSafeInteger(seed)).toBe(true);
    const again = await post({ ...CURL_EXAMPLE, seed });
    const third = await post({ ...CURL_EXAMPLE, seed });
    expect(JSON.stringify(again.json.datasets)).toBe(JSON.stringify(first.json.datasets));
    expect(JSON.stringify(third.json.datasets)).toBe(JSON.stringify(first.json.datasets));
  });

  it('answers csv with a header and rows matching the listed columns', async () => {
    const { status, json } = await post({ ...CURL_EXAMPLE, output_format: 'csv' });
    expect(status).toBe(200);
    for (const dataset of Object.values(json.datasets)) {
      expect(dataset.format).toBe('csv');
      expect(typeof dataset.content).toBe('string');
      const rows = parse(dataset.content as string, { columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(800);
      expect(Object.keys(rows[0])).toEqual(dataset.columns);
    }
  });

  it('answers sql that loads into SQLite with foreign keys enforced', async () => {
    const { status, json } = await post({ ...CURL_EXAMPLE, output_format: 'sql', sql_dialect: 'sqlite' });
    expect(status).toBe(200);
    const database = new Database(':memory:');
    database.pragma('foreign_keys = ON');
    for (const dataset of Object.values(json.datasets)) {
      expect(dataset.format).toBe('sql');
      expect(dataset.content as string).toMatch(/CREATE TABLE/);
      database.exec(dataset.content as string);
    }
    for (const name of Object.keys(json.datasets)) {
      expect(database.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get()).toEqual({ n: 800 });
    }
    database.close();
  });

  it('refuses a malformed API key in the documented shape', async () => {
    const { status, json } = await post({ ...CURL_EXAMPLE, api_key: 'pk-123' });
    expect(status).toBe(401);
    expect(json).toEqual({ error: 'Invalid API key format', detail: "API key must start with 'sk-'" });
  });

  it('refuses a payload with issues and suggestions', async () => {
    const { status, json } = await post({ ...CURL_EXAMPLE, dataset_sise: 10 });
    expect(status).toBe(400);
    expect(json).toEqual({
      error: 'Invalid request payload',
      issues: ['Unknown field "dataset_sise"'],
      suggestions: ['Did you mean dataset_size?'],
    });
  });

  it('refuses a body that is not JSON with a 400 in the documented shape', async () => {
    const response = await fetch(`${stack.url}/api/generate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"prompt": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'Invalid request payload', issues: ['The request body is not valid JSON'] });
  });

  it('carries the planner\'s size rule with the document\'s exact message', async () => {
    const { status, json } = await post({ prompt: 'customers, products and orders', datasets: 3, dataset_size: 2_000_000 });
    expect(status).toBe(400);
    expect(json).toEqual({
      error: 'Invalid request payload',
      issues: ['Dataset size 2,000,000 exceeds limit. With 3 datasets, max size per dataset is 1,666,666'],
      suggestions: [],
    });
  });
});

describe('gRPC services', () => {
  it('list themselves and grpc.health.v1 over server reflection and report SERVING', async () => {
    expect(await listServices(stack.plannerAddress)).toEqual(
      expect.arrayContaining(['datagen.v1.PlannerService', 'grpc.health.v1.Health']),
    );
    expect(await listServices(stack.generatorAddresses[0])).toEqual(
      expect.arrayContaining(['datagen.v1.GeneratorService', 'grpc.health.v1.Health']),
    );
    expect(await checkServing(stack.plannerAddress)).toBe(true);
    expect(await checkServing(stack.generatorAddresses[0], 1000, 'datagen.v1.GeneratorService')).toBe(true);
  });
});

describe('response shapes for big data', () => {
  it('streams NDJSON: a header line per dataset, one record per line, metadata last', async () => {
    const response = await fetch(`${stack.url}/api/generate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
      body: JSON.stringify({ ...CURL_EXAMPLE, dataset_size: 50 }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text()).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2 + 2 * 50 + 1);
    expect(lines[0]).toMatchObject({ _dataset: 'patients', size: 50 });
    const columns = lines[0].columns as string[];
    for (const record of lines.slice(1, 51)) expect(Object.keys(record)).toEqual(columns);
    expect(lines[51]).toMatchObject({ _dataset: 'appointments', size: 50 });
    expect(lines.at(-1)).toMatchObject({ _metadata: { total_records: 100, total_datasets: 2 } });
  });

  it('streams one dataset as a bare CSV file, and refuses CSV for several', async () => {
    const single = await fetch(`${stack.url}/api/generate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/csv' },
      body: JSON.stringify({ prompt: 'patients', datasets: 1, dataset_size: 120, seed: 7 }),
    });
    expect(single.status).toBe(200);
    expect(single.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(single.headers.get('x-datagen-seed')).toBe('7');
    const rows = parse(await single.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(120);
    expect(Object.keys(rows[0])).toContain('id');

    const several = await fetch(`${stack.url}/api/generate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/csv' },
      body: JSON.stringify(CURL_EXAMPLE),
    });
    expect(several.status).toBe(406);
    expect(await several.json()).toMatchObject({ error: 'Not acceptable' });
  });
});
