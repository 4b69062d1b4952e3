import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { mariaDbForTests, postgresForTests, type TestDatabase } from '../support/databases.js';
import { postJson } from '../support/post-json.js';
import { startTestStack } from '../support/start-test-stack.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.sql`, import.meta.url), 'utf8');
// The tables and constraints of a fixture, without the statements that make or pick a database.
const tablesOf = (name: string) => fixture(name).slice(fixture(name).search(/^CREATE TABLE/m));

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const post = (path: string, body: unknown) => postJson(stack.url, path, body);

interface PlanJson {
  planner: string;
  warnings: string[];
  datasets: { name: string; size: number; composite_keys?: unknown[]; fields: Record<string, unknown>[] }[];
}

describe('POST /api/plan with a schema', () => {
  it('plans every table of Chinook (PostgreSQL) and keeps the SQL facts in the plan JSON', async () => {
    const { status, json } = await post('/api/plan', { schema: fixture('chinook-postgres'), dataset_size: 5000, seed: 3 });
    expect(status, JSON.stringify(json).slice(0, 400)).toBe(200);
    const plan = json.plan as PlanJson;
    expect(plan.planner).toBe('schema');
    expect(plan.datasets).toHaveLength(11);
    const track = plan.datasets.find((dataset) => dataset.name === 'track')!;
    expect(track.fields.find((field) => field.name === 'unit_price')).toMatchObject({ sql_type: 'NUMERIC(10,2)', precision: 10, scale: 2, generator: 'commerce.price' });
    expect(plan.datasets.find((dataset) => dataset.name === 'playlist_track')!.composite_keys).toEqual([{ fields: ['playlist_id', 'track_id'], primary_key: true }]);
    expect(plan.warnings.some((warning) => /psql meta-command/.test(warning))).toBe(true);
  });

  it('gives the plan back to /api/plan unchanged in shape, with its 100-dataset limit and sizes', async () => {
    const first = await post('/api/plan', { schema: fixture('hr-postgres'), seed: 5 });
    const again = await post('/api/plan', { plan: first.json.plan, dataset_size: 2000, dataset_sizes: { regions: 4 } });
    expect(again.status, JSON.stringify(again.json).slice(0, 400)).toBe(200);
    const sizes = Object.fromEntries((again.json.plan as PlanJson).datasets.map((dataset) => [dataset.name, dataset.size]));
    expect(sizes).toMatchObject({ regions: 4, job_history: 2000, employees: 200 });
  });

  it('answers 400 in the document shape naming the line of DDL it cannot read', async () => {
    const { status, json } = await post('/api/plan', { schema: 'CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (\n  id int REFERENCES a (id),\n  name varchar(10),\n  CHECK (id > ),\n  note text\n);' });
    expect(status).toBe(400);
    expect(json.error).toBe('Invalid request payload');
    expect((json.issues as string[])[0]).toMatch(/^schema line 5: cannot read "CREATE TABLE b/);
    expect(json.suggestions).toHaveLength(1);
  });

  it('refuses dataset_sizes naming no table, a schema beside a plan, and dataset_sizes alone', async () => {
    const unknown = await post('/api/plan', { schema: 'CREATE TABLE a (id int PRIMARY KEY);', dataset_sizes: { b: 3 } });
    expect([unknown.status, unknown.json.issues]).toEqual([400, ['dataset_sizes names "b", which is not a table of the schema']]);
    const both = await post('/api/plan', { schema: 'CREATE TABLE a (id int);', plan: { datasets: [] } });
    expect(both.status).toBe(400);
    expect(both.json.issues).toContain('Send either plan or schema, not both');
    const alone = await post('/api/plan', { prompt: 'shop', dataset_sizes: { a: 3 } });
    expect(alone.json.issues).toContain('dataset_sizes sizes the tables of a schema or of a plan');
    const negative = await post('/api/plan', { schema: 'CREATE TABLE a (id int);', dataset_sizes: { a: -1 } });
    expect(negative.json.issues).toContain('dataset_sizes.a must be an integer from 1 to 5,000,000');
  });

  it('answers 413 for a body over the limit', async () => {
    const schema = `CREATE TABLE a (id int PRIMARY KEY);\n${'-- padding\n'.repeat(120_000)}`;
    const { status, json } = await post('/api/plan', { schema });
    expect(status).toBe(413);
    expect(json.error).toBe('Payload too large');
  });
});

const postgres = await postgresForTests();
const mariaDb = await mariaDbForTests();

// The user's DDL is loaded first, then our data alone (sql_ddl: false), with every constraint on:
// Chinook has composite keys (playlist_track), a self-reference (employee.reports_to) and
// chains of foreign keys.
describe('generated rows load into the imported DDL with every constraint on', () => {
  const data = async (schema: string, dialect: string): Promise<string[]> => {
    const { status, json } = await post('/api/generate', { schema, dataset_size: 300, reality: 0, seed: 9, output_format: 'sql', sql_dialect: dialect, sql_ddl: false });
    expect(status, JSON.stringify(json).slice(0, 600)).toBe(200);
    return Object.values(json.datasets as Record<string, { content: string }>).map((dataset) => dataset.content);
  };

  const loadsInto = (engine: TestDatabase, fixtureName: string, dialect: string, junction: string) => async () => {
    const database = await engine.open('schema');
    try {
      const schema = tablesOf(fixtureName);
      await database.exec(schema);
      for (const script of await data(schema, dialect)) await database.exec(script);
      const [row] = await database.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${junction}`);
      expect(Number(row!.n)).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
  };

  it(`Chinook into PostgreSQL (${postgres.engine})`, loadsInto(postgres, 'chinook-postgres', 'postgres', 'playlist_track'));

  it.skipIf(mariaDb.skip)('Chinook into MariaDB', loadsInto(mariaDb, 'chinook-mysql', 'mysql', '`PlaylistTrack`'));

  it('Chinook into SQLite', async () => {
    const schema = tablesOf('chinook-sqlite');
    const database = new Database(':memory:');
    try {
      database.pragma('foreign_keys = ON');
      database.exec(schema);
      for (const script of await data(schema, 'sqlite')) database.exec(script);
      expect((database.prepare('SELECT COUNT(*) AS n FROM InvoiceLine').get() as { n: number }).n).toBeGreaterThan(0);
      expect((database.prepare('SELECT COUNT(*) AS n FROM Employee WHERE ReportsTo IS NOT NULL').get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      database.close();
    }
  });

  // Keys the database numbers itself: GENERATED ALWAYS refuses a key unless the INSERT says
  // OVERRIDING SYSTEM VALUE (COPY takes it), and every sequence must end past the loaded keys.
  it(`identity and serial columns in PostgreSQL (${postgres.engine})`, async () => {
    const schema = `CREATE TABLE teams (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name varchar(40) NOT NULL);
CREATE TABLE players (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, team_id integer NOT NULL REFERENCES teams (id), ticket serial UNIQUE);`;
    const database = await postgres.open('schema');
    try {
      await database.exec(schema);
      const request = { schema, dataset_size: 200, reality: 0, seed: 3, output_format: 'sql', sql_dialect: 'postgres', sql_ddl: false };
      const { status, json } = await post('/api/generate', request);
      expect(status, JSON.stringify(json).slice(0, 400)).toBe(200);
      const scripts = Object.values(json.datasets as Record<string, { content: string }>).map((dataset) => dataset.content);
      expect(scripts[0]).toContain('INSERT INTO "teams" ("id", "name") OVERRIDING SYSTEM VALUE VALUES');
      for (const script of scripts) await database.exec(script);
      // COPY takes the keys as they are; its block is followed by the same catch-up.
      const copied = await post('/api/generate', { ...request, sql_copy: true });
      const players = (copied.json.datasets as Record<string, { content: string }>).players!.content;
      expect(players.endsWith(`\\.\nSELECT setval(pg_get_serial_sequence('"players"', 'id'), (SELECT max("id") FROM "players"));\n` +
        `SELECT setval(pg_get_serial_sequence('"players"', 'ticket'), (SELECT max("ticket") FROM "players"));\n`)).toBe(true);
      await database.exec("INSERT INTO teams (name) VALUES ('new'); INSERT INTO players (team_id) VALUES (1);");
      const [teams] = await database.query<{ rows: number | string; newest: number | string }>("SELECT count(*) AS rows, max(id) FILTER (WHERE name = 'new') AS newest FROM teams");
      expect(Number(teams!.newest)).toBe(Number(teams!.rows));
      const [loaded] = await database.query<{ rows: number | string; tickets: number | string }>('SELECT count(*) AS rows, count(DISTINCT ticket) AS tickets FROM players');
      expect(Number(loaded!.tickets)).toBe(Number(loaded!.rows));
    } finally {
      await database.close();
    }
  });

  // job_history's key pairs a reference with a date: its references count children per
  // employee, and the start dates of one employee's rows differ (and run forward).
  it(`HR into PostgreSQL (${postgres.engine}), job_history keyed by employee and start date`, async () => {
    const database = await postgres.open('schema');
    try {
      const schema = tablesOf('hr-postgres');
      await database.exec(schema);
      for (const script of await data(schema, 'postgres')) await database.exec(script);
      const [history] = await database.query<{ rows: number | string; employees: number | string; most: number | string }>(
        'SELECT COUNT(*) AS rows, COUNT(DISTINCT employee_id) AS employees, MAX(n) AS most FROM job_history JOIN (SELECT employee_id, COUNT(*) AS n FROM job_history GROUP BY employee_id) c USING (employee_id)',
      );
      expect(Number(history!.rows)).toBe(300);
      expect(Number(history!.employees)).toBeGreaterThan(10);
      expect(Number(history!.most)).toBeGreaterThan(1);
      const [managed] = await database.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM employees WHERE manager_id IS NOT NULL');
      expect(Number(managed!.n)).toBeGreaterThan(0);
      // The departments ↔ employees cycle: departments.manager_id is null in its INSERTs and
      // set by the UPDATEs of departments_manager_id_update, once employees are in.
      const [departments] = await database.query<{ rows: number | string; managed: number | string }>(
        'SELECT COUNT(*) AS rows, COUNT(manager_id) AS managed FROM departments d WHERE manager_id IS NULL OR EXISTS (SELECT 1 FROM employees e WHERE e.employee_id = d.manager_id)',
      );
      expect(Number(departments!.managed)).toBe(Number(departments!.rows));
      expect(Number(departments!.rows)).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
  });
});
