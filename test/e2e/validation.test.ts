import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { documentedValidation, JSON_BOOLEANS, measureChecks, SQLITE_BOOLEANS, type Cell, type MeasuredCounts, type PlanJson, type Table } from '../support/output-checks.js';
import { startTestStack } from '../support/start-test-stack.js';

// metadata.validation holds what the generators counted while they wrote the records. This
// measures the same checks on its own, from the output parsed as a user would (JSON, CSV with
// csv-parse, SQL loaded into SQLite) and the plan POST /api/plan gives, and wants them equal.
const REQUEST = {
  prompt: 'E-commerce platform with customers, products and orders',
  datasets: 3,
  dataset_size: 1500,
  seed: 2718,
};

interface Envelope {
  datasets: Record<string, { columns: string[]; content: unknown }>;
  metadata: { validation: Record<string, unknown> & { validation_score: number; counts: MeasuredCounts } };
}

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

async function post<T>(path: string, body: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${stack.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const text = (value: unknown): Cell => (value === null ? null : typeof value === 'string' ? value : String(value));

function jsonTables(envelope: Envelope): Table[] {
  return Object.entries(envelope.datasets).map(([name, dataset]) => ({
    name,
    columns: dataset.columns,
    rows: (dataset.content as Record<string, unknown>[]).map((record) => dataset.columns.map((column) => text(record[column]))),
  }));
}

// Quoted cells are text; an unquoted empty cell is null.
function csvTables(envelope: Envelope): Table[] {
  return Object.entries(envelope.datasets).map(([name, dataset]) => {
    const [header, ...rows] = parse(dataset.content as string, {
      cast: (cell, context) => (context.quoting ? cell : cell === '' ? null : cell),
    }) as Cell[][];
    return { name, columns: header as string[], rows };
  });
}

// Datasets come in dependency order, so each script loads after the ones it references.
function sqliteTables(envelope: Envelope): Table[] {
  const database = new Database(':memory:');
  try {
    for (const dataset of Object.values(envelope.datasets)) database.exec(dataset.content as string);
    return Object.keys(envelope.datasets).map((name) => {
      const statement = database.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw();
      const rows = (statement.all() as unknown[][]).map((row) => row.map(text));
      return { name, columns: statement.columns().map((column) => column.name), rows };
    });
  } finally {
    database.close();
  }
}

const FORMATS = [
  { output_format: 'json', read: jsonTables, booleans: JSON_BOOLEANS },
  { output_format: 'csv', read: csvTables, booleans: JSON_BOOLEANS },
  { output_format: 'sql', sql_dialect: 'sqlite', read: sqliteTables, booleans: SQLITE_BOOLEANS },
] as const;

describe.each([0, 5, 10])('validation at reality level %i', (reality) => {
  const measured = new Map<string, MeasuredCounts>();

  it.each(FORMATS)('reports exactly the checks measured on the parsed $output_format output', async ({ read, booleans, ...format }) => {
    const { plan } = await post<{ plan: PlanJson }>('/api/plan', { ...REQUEST, reality });
    for (const field of plan.datasets.flatMap((dataset) => dataset.fields)) expect(field.type, field.name).toBeTruthy();
    const envelope = await post<Envelope>('/api/generate', { ...REQUEST, reality, ...format });
    const counts = measureChecks(plan, read(envelope), booleans);
    expect(counts.records).toBe(3 * 1500);
    expect(envelope.metadata.validation).toEqual({
      entity_types_generated: ['customers', 'products', 'orders'],
      validation_status: 'completed',
      ...documentedValidation(counts),
    });
    measured.set(format.output_format, counts);
  });

  it('measures the same in every format, and what the level promises', () => {
    const [json, ...others] = FORMATS.map((format) => measured.get(format.output_format)!);
    for (const counts of others) expect(counts).toEqual(json);
    const failures = [json!.type_mismatches, json!.duplicate_keys, json!.orphan_references, json!.missing_values];
    const score = documentedValidation(json!).validation_score;
    if (reality === 0) {
      expect(failures).toEqual([0, 0, 0, 0]);
      expect(score).toBe(10);
    }
    // Minor problems: occasional blanks, no broken types, keys or references.
    if (reality === 5) {
      expect(failures.slice(0, 3)).toEqual([0, 0, 0]);
      expect(json!.missing_values).toBeGreaterThan(0);
      expect(score).toBeGreaterThanOrEqual(8.5);
      expect(score).toBeLessThan(9.5);
    }
    if (reality === 10) {
      for (const count of failures) expect(count).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(8);
    }
  });
});
