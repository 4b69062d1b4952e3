import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { connectMariaDb, connectPostgres, uniqueScope } from '../support/databases.js';
import { startTestStack } from '../support/start-test-stack.js';

// The SQL that POST /api/generate answers, loaded dataset after dataset into the real servers
// with foreign keys enforced: the scripts must load in the order the envelope lists them.
const PROMPT =
  'E-commerce platform with customers (id, name, email, signup_date), products (id, name, price, category_id), and orders (id, customer_id, product_id, quantity, order_date, status).';
const SIZE = 1500;

interface SqlDataset {
  format: string;
  size: number;
  content: string;
}

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

async function sqlFor(dialect: string): Promise<[string, SqlDataset][]> {
  const response = await fetch(`${stack.url}/api/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ prompt: PROMPT, datasets: 3, dataset_size: SIZE, output_format: 'sql', sql_dialect: dialect, seed: 3, reality: 0 }),
  });
  expect(response.status).toBe(200);
  const envelope = (await response.json()) as { datasets: Record<string, SqlDataset> };
  return Object.entries(envelope.datasets);
}

describe('SQL from POST /api/generate', () => {
  it('loads into PostgreSQL with every row and enforced foreign keys', async () => {
    const datasets = await sqlFor('postgres');
    const scope = uniqueScope('e2e');
    const client = await connectPostgres();
    try {
      await client.query(`CREATE SCHEMA "${scope}"; SET search_path TO "${scope}"`);
      for (const [, dataset] of datasets) await client.query(dataset.content);
      for (const [name] of datasets) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${name}"`);
        expect(rows[0].n).toBe(SIZE);
      }
      const orphans = await client.query('SELECT count(*)::int AS n FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE c.id IS NULL');
      expect(orphans.rows[0].n).toBe(0);
      await expect(client.query(`INSERT INTO orders (id, customer_id, product_id, quantity, order_date, status) VALUES (${SIZE + 1}, ${SIZE + 99}, 1, 1, '2024-01-01', 'pending')`)).rejects.toThrow(/foreign key/);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${scope}" CASCADE`);
      await client.end();
    }
  });

  it('loads into MariaDB with every row and enforced foreign keys', async () => {
    const datasets = await sqlFor('mysql');
    const scope = uniqueScope('e2e');
    const connection = await connectMariaDb();
    try {
      await connection.query(`CREATE DATABASE \`${scope}\` CHARACTER SET utf8mb4; USE \`${scope}\``);
      for (const [, dataset] of datasets) await connection.query(dataset.content);
      for (const [name] of datasets) {
        const [rows] = await connection.query(`SELECT COUNT(*) AS n FROM \`${name}\``);
        expect(Number((rows as { n: number }[])[0].n)).toBe(SIZE);
      }
      await expect(connection.query(`INSERT INTO orders (id, customer_id, product_id, quantity, order_date, status) VALUES (${SIZE + 1}, ${SIZE + 99}, 1, 1, '2024-01-01', 'pending')`)).rejects.toThrow(/foreign key/i);
    } finally {
      await connection.query(`DROP DATABASE IF EXISTS \`${scope}\``);
      await connection.end();
    }
  });

  it('loads into SQLite with foreign keys on', async () => {
    const datasets = await sqlFor('sqlite');
    const database = new Database(':memory:');
    database.pragma('foreign_keys = ON');
    for (const [, dataset] of datasets) database.exec(dataset.content);
    for (const [name] of datasets) expect(database.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get()).toEqual({ n: SIZE });
    expect(database.pragma('foreign_key_check')).toEqual([]);
    database.close();
  });
});
