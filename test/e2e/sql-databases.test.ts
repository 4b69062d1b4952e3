import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { mariaDbForTests, postgresForTests } from '../support/databases.js';
import { startTestStack } from '../support/start-test-stack.js';

// The SQL that POST /api/generate answers, loaded dataset after dataset into PostgreSQL, MariaDB
// and SQLite (test/support/databases.ts says which engines answer) with foreign keys enforced:
// the scripts must load in the order the envelope lists them.
const PROMPT =
  'E-commerce platform with customers (id, name, email, signup_date), products (id, name, price, category_id), and orders (id, customer_id, product_id, quantity, order_date, status).';
const SIZE = 1500;

interface SqlDataset {
  format: string;
  size: number;
  content: string;
}

const postgres = await postgresForTests();
const mariaDb = await mariaDbForTests();

type Dialect = 'postgres' | 'mysql' | 'sqlite';

let stack: LocalStack;
const sql = {} as Record<Dialect, [string, SqlDataset][]>;

beforeAll(async () => {
  stack = await startTestStack();
  // Every dialect's SQL is asked for before anything loads: PGlite blocks this thread while it
  // starts and loads (seconds on a busy machine), and fetch would then send the next request on
  // a keep-alive socket the gateway closed for idling meanwhile ("other side closed").
  for (const dialect of ['postgres', 'mysql', 'sqlite'] as const) sql[dialect] = await sqlFor(dialect);
});

afterAll(async () => {
  await stack?.stop();
});

async function sqlFor(dialect: Dialect): Promise<[string, SqlDataset][]> {
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
  it(`loads into PostgreSQL (${postgres.engine}) with every row and enforced foreign keys`, async () => {
    const database = await postgres.open('e2e');
    try {
      for (const [, dataset] of sql.postgres) await database.exec(dataset.content);
      for (const [name] of sql.postgres) {
        const rows = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
        expect(rows[0]!.n).toBe(SIZE);
      }
      const orphans = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE c.id IS NULL');
      expect(orphans[0]!.n).toBe(0);
      await expect(database.exec(`INSERT INTO orders (id, customer_id, product_id, quantity, order_date, status) VALUES (${SIZE + 1}, ${SIZE + 99}, 1, 1, '2024-01-01', 'pending')`)).rejects.toThrow(/foreign key/);
    } finally {
      await database.close();
    }
  });

  it.skipIf(mariaDb.skip)(`loads into MariaDB (${mariaDb.engine}) with every row and enforced foreign keys`, async () => {
    const database = await mariaDb.open('e2e');
    try {
      for (const [, dataset] of sql.mysql) await database.exec(dataset.content);
      for (const [name] of sql.mysql) {
        const rows = await database.query<{ n: number }>(`SELECT COUNT(*) AS n FROM \`${name}\``);
        expect(Number(rows[0]!.n)).toBe(SIZE);
      }
      await expect(database.exec(`INSERT INTO orders (id, customer_id, product_id, quantity, order_date, status) VALUES (${SIZE + 1}, ${SIZE + 99}, 1, 1, '2024-01-01', 'pending')`)).rejects.toThrow(/foreign key/i);
    } finally {
      await database.close();
    }
  });

  it('loads into SQLite with foreign keys on', () => {
    const database = new Database(':memory:');
    database.pragma('foreign_keys = ON');
    for (const [, dataset] of sql.sqlite) database.exec(dataset.content);
    for (const [name] of sql.sqlite) expect(database.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get()).toEqual({ n: SIZE });
    expect(database.pragma('foreign_key_check')).toEqual([]);
    database.close();
  });
});
