import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../cli/src/exit-codes.js';
import { ApiClient } from '../../libs/client/src/api-client.js';
import type { PlanJson } from '../../libs/client/src/plan-types.js';
import type { LocalStack } from '../../scripts/local-stack.js';
import { mariaDbForTests, postgresServerForTests, type ScratchDatabase, type SqlDatabase } from '../support/databases.js';
import { startTestStack } from '../support/start-test-stack.js';
import { runCli } from './run-cli.js';

const PROMPT = 'E-commerce platform with customers, products and orders';
const HR_FILE = fileURLToPath(new URL('../schema/fixtures/hr-postgres.sql', import.meta.url));
const HR_TABLES = readFileSync(HR_FILE, 'utf8');
const SIZE = 2000;
const postgres = postgresServerForTests();
const mariaDb = await mariaDbForTests();

// The CREATE TABLE statements of the plan's SQL output in `dialect` (POST /api/ddl): the
// tables a user's own schema would have, for loads without --create.
async function createStatements(stack: LocalStack, plan: PlanJson, dialect: string): Promise<string> {
  const { ddl } = await new ApiClient(stack.url, () => '').ddl({ plan, sql_dialect: dialect });
  return ddl;
}

describe('datagen load', () => {
  let stack: LocalStack;
  let env: NodeJS.ProcessEnv;
  let planFile: string;
  let plan: PlanJson;
  const source = () => ['--plan', planFile, '--reality', '0'];

  beforeAll(async () => {
    stack = await startTestStack();
    env = { DATAGEN_URL: stack.url };
    const run = await runCli(['plan', PROMPT, '--datasets', '3', '--size', String(SIZE), '--seed', '9'], env);
    planFile = join(mkdtempSync(join(tmpdir(), 'datagen-load-')), 'plan.json');
    writeFileSync(planFile, run.stdout);
    plan = JSON.parse(run.stdout) as PlanJson;
  });
  afterAll(() => stack?.stop());

  describe.skipIf(postgres.skip)('into PostgreSQL', () => {
    let database: ScratchDatabase;
    let client: pg.Client;
    beforeAll(async () => {
      database = await postgres.createDatabase('cli_load');
      client = new pg.Client({ connectionString: database.url });
      await client.connect();
    });
    afterAll(async () => {
      await client?.end();
      await database?.drop();
    });

    it('fills tables it did not create, through COPY, with every foreign key holding', async () => {
      await client.query(await createStatements(stack, plan, 'postgres'));
      const run = await runCli(['load', ...source(), '--into', database.url, '--json'], env);
      expect(run.stderr).not.toMatch(/^datagen:/m);
      expect(run.code).toBe(0);
      const summary = JSON.parse(run.stdout) as { tables: { table: string; rows: number }[]; rows: number };
      expect(summary.tables.map((table) => [table.table, table.rows])).toEqual([
        ['customers', SIZE],
        ['products', SIZE],
        ['orders', SIZE],
      ]);
      for (const table of ['customers', 'products', 'orders']) expect((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n).toBe(SIZE);
      const orphans = await client.query('SELECT count(*)::int AS n FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE c.id IS NULL');
      expect(orphans.rows[0].n).toBe(0);
      // The foreign keys set aside for COPY are back.
      const foreignKeys = await client.query("SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'orders'::regclass AND contype = 'f'");
      expect(foreignKeys.rows[0].n).toBe(2);
    });

    it('checks the foreign keys it set aside for COPY: a broken one rolls everything back, constraint kept', async () => {
      await client.query('TRUNCATE customers, products, orders');
      await client.query('CREATE TABLE vip_customers (id BIGINT PRIMARY KEY)');
      await client.query('ALTER TABLE orders ADD CONSTRAINT orders_vip_customer FOREIGN KEY (customer_id) REFERENCES vip_customers (id)');
      const run = await runCli(['load', ...source(), '--into', database.url], env);
      expect(run.code).toBe(EXIT.DATABASE);
      expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^datagen: table orders: .*orders_vip_customer.*\(nothing was loaded\)$/);
      for (const table of ['customers', 'products', 'orders']) expect((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n).toBe(0);
      const kept = await client.query("SELECT count(*)::int AS n FROM pg_constraint WHERE conname = 'orders_vip_customer'");
      expect(kept.rows[0].n).toBe(1);
      await client.query('ALTER TABLE orders DROP CONSTRAINT orders_vip_customer');
      await client.query('DROP TABLE vip_customers');
    });

    it('rolls everything back when a table refuses a row, naming the table and the CSV line', async () => {
      await client.query('TRUNCATE customers, products, orders');
      await client.query('ALTER TABLE orders ADD CONSTRAINT no_big_orders CHECK (quantity < 5)');
      const run = await runCli(['load', ...source(), '--into', database.url], env);
      expect(run.code).toBe(EXIT.DATABASE);
      const lines = run.stderr.trim().split('\n');
      expect(lines.at(-1)).toMatch(/^datagen: table orders, line \d+ of its CSV: .*no_big_orders.* \(nothing was loaded\)$/);
      for (const table of ['customers', 'products', 'orders']) expect((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n).toBe(0);
      await client.query('ALTER TABLE orders DROP CONSTRAINT no_big_orders');
    });

    it('creates the tables itself with --create (POST /api/ddl), then --truncate reloads them', async () => {
      await client.query('DROP TABLE orders, products, customers');
      const created = await runCli(['load', ...source(), '--into', database.url, '--create'], env);
      expect(created.stderr).not.toMatch(/^datagen:/m);
      expect(created.code).toBe(0);
      const again = await runCli(['load', ...source(), '--into', database.url, '--truncate'], env);
      expect(again.code).toBe(0);
      expect((await client.query('SELECT count(*)::int AS n FROM orders')).rows[0].n).toBe(SIZE);
    });

    // The issue's own words: a real schema, loaded first, filled behind a progress bar. HR's
    // departments ↔ employees cycle is closed by UPDATEs once employees are in, under the
    // schema's own foreign key; job_history keeps one start date per employee and row.
    it('fills the HR schema from its DDL file: every constraint on, the cycle closed by UPDATEs', async () => {
      await client.query(HR_TABLES);
      const run = await runCli(['load', '--schema', HR_FILE, '--into', database.url, '--size', '3000', '--reality', '0', '--seed', '4'], env);
      expect(run.stderr).not.toMatch(/^datagen:/m);
      expect(run.code).toBe(0);
      const count = async (sql: string) => (await client.query(sql)).rows[0].n as number;
      expect(await count('SELECT count(*)::int AS n FROM job_history')).toBe(3000);
      const departments = await count('SELECT count(*)::int AS n FROM departments');
      expect(departments).toBeGreaterThan(0);
      expect(await count('SELECT count(manager_id)::int AS n FROM departments')).toBe(departments);
      expect(await count('SELECT count(*)::int AS n FROM employees WHERE manager_id IS NOT NULL')).toBeGreaterThan(0);
    });

    it('moves SERIAL and IDENTITY sequences past the keys it loaded, so the next row gets a new key', async () => {
      const schema = 'CREATE TABLE tickets (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, seat serial UNIQUE, holder varchar(60) NOT NULL);';
      const file = join(mkdtempSync(join(tmpdir(), 'datagen-identity-')), 'tickets.sql');
      writeFileSync(file, schema);
      await client.query(schema);
      const run = await runCli(['load', '--schema', file, '--into', database.url, '--size', '500', '--reality', '0'], env);
      expect(run.stderr).not.toMatch(/^datagen:/m);
      expect(run.code).toBe(0);
      const added = await client.query("INSERT INTO tickets (holder) VALUES ('walk-in') RETURNING id, seat");
      expect(added.rows[0]).toEqual({ id: 501, seat: 501 });
    });
  });

  describe.skipIf(mariaDb.skip)('into MariaDB', () => {
    let database: SqlDatabase;
    beforeAll(async () => {
      database = await mariaDb.open('cli_load');
    });
    afterAll(() => database?.close());

    it('fills the tables through LOAD DATA LOCAL INFILE, nulls, booleans and timestamps intact', async () => {
      await database.exec(await createStatements(stack, plan, 'mysql'));
      const url = new URL(process.env.DATAGEN_TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306/test');
      url.pathname = `/${database.scope}`;
      const run = await runCli(['load', ...source(), '--into', url.toString(), '--json'], env);
      expect(run.stderr).not.toMatch(/^datagen:/m);
      expect(run.code).toBe(0);
      for (const table of ['customers', 'products', 'orders']) expect(await database.query(`SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: SIZE }]);
      const [products] = await database.query<{ active: number; stamped: number }>('SELECT sum(is_active IN (0, 1)) AS active, sum(created_at IS NOT NULL) AS stamped FROM products');
      expect(Number(products!.active)).toBe(SIZE);
      expect(Number(products!.stamped)).toBe(SIZE);
    });

    // The load runs with foreign key checks off and checks each key over the table afterwards.
    it('checks the foreign keys after LOAD DATA: a broken one rolls everything back, naming it', async () => {
      const url = new URL(process.env.DATAGEN_TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306/test');
      url.pathname = `/${database.scope}`;
      await database.exec('DELETE FROM orders; DELETE FROM products; DELETE FROM customers; CREATE TABLE vip_customers (id BIGINT PRIMARY KEY)');
      await database.exec('ALTER TABLE orders ADD CONSTRAINT orders_vip_customer FOREIGN KEY (customer_id) REFERENCES vip_customers (id)');
      const run = await runCli(['load', ...source(), '--into', url.toString()], env);
      expect(run.code).toBe(EXIT.DATABASE);
      expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^datagen: table orders: foreign key orders_vip_customer fails: \(customer_id\) = \(\d+\) is not a key of vip_customers \(nothing was loaded\)$/);
      for (const table of ['customers', 'products', 'orders']) expect(await database.query(`SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: 0 }]);
      await database.exec('ALTER TABLE orders DROP FOREIGN KEY orders_vip_customer; DROP TABLE vip_customers');
    });
  });

  it('fills a SQLite file through prepared statements in a transaction', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'datagen-sqlite-')), 'shop.db');
    const sqlite = new Database(path);
    sqlite.exec(await createStatements(stack, plan, 'sqlite'));
    sqlite.close();
    const run = await runCli(['load', ...source(), '--into', `sqlite:${path}`], env);
    expect(run.stderr).not.toMatch(/^datagen:/m);
    expect(run.code).toBe(0);
    const check = new Database(path, { readonly: true });
    for (const table of ['customers', 'products', 'orders']) expect(check.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: SIZE });
    expect(check.pragma('foreign_key_check')).toEqual([]);
    check.close();
  });
});
