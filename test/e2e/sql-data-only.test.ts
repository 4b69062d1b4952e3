import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { mariaDbForTests, postgresForTests, postgresServerForTests, type SqlDatabase } from '../support/databases.js';
import { downloadAll, JobsClient } from '../support/jobs-client.js';
import { postGenerate } from '../support/post-generate.js';
import { startTestStack } from '../support/start-test-stack.js';

// SQL for a schema that already exists: POST /api/ddl answers the CREATE TABLE statements of a
// plan's SQL output, sql_ddl: false answers its data alone, and the two load one after the other
// with every constraint on, in PostgreSQL, MariaDB and SQLite, clean and messy. sql_copy writes
// the same data as COPY blocks psql loads. Sharded across two generators in small shards, every
// answer is byte for byte the unsharded one.
const PROMPT =
  'E-commerce platform with customers (id, name, email, signup_date), products (id, name, price, category_id), and orders (id, customer_id, product_id, quantity, order_date, status).';
const SIZE = 1500;
const SHARD = 700;
const SEED = 14;
const LEVELS = [0, 7] as const;
const DIALECTS = ['postgres', 'mysql', 'sqlite'] as const;
type Dialect = (typeof DIALECTS)[number];
type Level = (typeof LEVELS)[number];

const postgres = await postgresForTests();
const mariaDb = await mariaDbForTests();
const postgresServer = postgresServerForTests();
const run = promisify(execFile);

interface Answers {
  ddl: string;
  tables: string[];
  // Each dataset's content, in the envelope's order.
  data: string[];
  full: string[];
}

interface CopyAnswers {
  data: string[];
  full: string[];
}

const planFields = (level: Level) => ({ prompt: PROMPT, datasets: 3, dataset_size: SIZE, reality: level, seed: SEED });

async function post(stack: LocalStack, path: string, body: unknown): Promise<Response> {
  return fetch(`${stack.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

async function ddlOf(stack: LocalStack, level: Level, dialect: Dialect): Promise<string> {
  const response = await post(stack, '/api/ddl', { ...planFields(level), sql_dialect: dialect });
  const body = (await response.json()) as { success: boolean; sql_dialect: string; ddl: string };
  expect(response.status, JSON.stringify(body)).toBe(200);
  expect(body).toMatchObject({ success: true, sql_dialect: dialect });
  return body.ddl;
}

async function contents(stack: LocalStack, body: Record<string, unknown>): Promise<[string, string][]> {
  const response = await postGenerate(stack.url, { ...body, output_format: 'sql' });
  const envelope = (await response.json()) as { datasets: Record<string, { content: string }> };
  expect(response.status, JSON.stringify(envelope)).toBe(200);
  return Object.entries(envelope.datasets).map(([name, dataset]) => [name, dataset.content]);
}

async function answers(stack: LocalStack, level: Level, dialect: Dialect): Promise<Answers> {
  const fields = { ...planFields(level), sql_dialect: dialect };
  const data = await contents(stack, { ...fields, sql_ddl: false });
  const full = await contents(stack, fields);
  return { ddl: await ddlOf(stack, level, dialect), tables: data.map(([name]) => name), data: data.map(([, content]) => content), full: full.map(([, content]) => content) };
}

async function copyAnswers(stack: LocalStack, level: Level): Promise<CopyAnswers> {
  const fields = { ...planFields(level), sql_dialect: 'postgres', sql_copy: true };
  const data = await contents(stack, { ...fields, sql_ddl: false });
  const full = await contents(stack, fields);
  return { data: data.map(([, content]) => content), full: full.map(([, content]) => content) };
}

const key = (level: Level, dialect: Dialect) => `${level}/${dialect}`;

let sharded: LocalStack;
let whole: LocalStack;
const scripts = new Map<string, Answers>();
const wholeScripts = new Map<string, Answers>();
const copies = new Map<Level, CopyAnswers>();
const wholeCopies = new Map<Level, CopyAnswers>();

beforeAll(async () => {
  [sharded, whole] = await Promise.all([
    startTestStack({ generators: 2, env: { SHARD_SIZE: String(SHARD), JOB_SHARD_RECORDS: String(SHARD) } }),
    startTestStack(),
  ]);
  // Everything is asked for before anything loads: PGlite would block this thread while it loads
  // (see test/support/databases.ts).
  for (const level of LEVELS) {
    for (const dialect of DIALECTS) {
      scripts.set(key(level, dialect), await answers(sharded, level, dialect));
      wholeScripts.set(key(level, dialect), await answers(whole, level, dialect));
    }
    copies.set(level, await copyAnswers(sharded, level));
    wholeCopies.set(level, await copyAnswers(whole, level));
  }
});

afterAll(async () => {
  await Promise.all([sharded?.stop(), whole?.stop()]);
});

describe('POST /api/ddl and sql_ddl: false', () => {
  it.each(LEVELS.flatMap((level) => DIALECTS.map((dialect) => ({ level, dialect }))))(
    'answer exactly the CREATE TABLE statements and the data of the SQL output ($dialect, reality $level)',
    ({ level, dialect }) => {
      const { ddl, data, full } = scripts.get(key(level, dialect))!;
      const definitions = data.map((dataOnly, index) => {
        expect(dataOnly).not.toMatch(/CREATE|ALTER|DROP|^--/m);
        // The session settings (SET NAMES, PRAGMA foreign_keys) come before the first INSERT.
        const settings = dataOnly.slice(0, dataOnly.indexOf('INSERT INTO'));
        const records = dataOnly.slice(settings.length);
        expect(full[index]!.startsWith(settings) && full[index]!.endsWith(records)).toBe(true);
        return full[index]!.slice(settings.length, full[index]!.length - records.length);
      });
      expect(ddl).toBe(definitions.join(''));
      expect(ddl.match(/CREATE TABLE/g)).toHaveLength(3);
      if (level > 0) expect(ddl).toContain(`-- Reality level ${level}`);
    },
  );

  it('are the same bytes sharded over two generators as in one piece', () => {
    for (const [name, answer] of scripts) expect(answer, name).toEqual(wholeScripts.get(name));
    for (const level of LEVELS) expect(copies.get(level)).toEqual(wholeCopies.get(level));
    expect(Math.ceil(SIZE / SHARD)).toBeGreaterThan(1);
  });
});

interface Loaded {
  count(sql: string): Promise<number>;
  exec(sql: string): Promise<unknown>;
  quote(name: string): string;
}

// Every table holds every record, every order's customer exists, and the foreign key is enforced.
async function expectLoaded(database: Loaded, tables: readonly string[]): Promise<void> {
  for (const table of tables) expect(await database.count(`SELECT COUNT(*) AS n FROM ${database.quote(table)}`), table).toBe(SIZE);
  const referencing = await database.count('SELECT COUNT(*) AS n FROM orders WHERE customer_id IS NOT NULL');
  expect(referencing).toBeGreaterThan(SIZE / 2);
  expect(await database.count('SELECT COUNT(*) AS n FROM orders o JOIN customers c ON c.id = o.customer_id')).toBe(referencing);
  await expect(database.exec(`UPDATE orders SET customer_id = ${SIZE + 99}`)).rejects.toThrow(/foreign key/i);
}

describe.each(LEVELS)('the data alone loads into the schema of POST /api/ddl, constraints on (reality %i)', (level) => {
  it(`in PostgreSQL (${postgres.engine})`, async () => {
    const { ddl, data, tables } = scripts.get(key(level, 'postgres'))!;
    const database: SqlDatabase = await postgres.open('data_only');
    try {
      await database.exec(ddl);
      for (const script of data) await database.exec(script);
      const count = async (sql: string) => Number((await database.query<{ n: number }>(sql))[0]!.n);
      await expectLoaded({ count, exec: (sql) => database.exec(sql), quote: (name) => `"${name}"` }, tables);
    } finally {
      await database.close();
    }
  });

  it.skipIf(mariaDb.skip)(`in MariaDB (${mariaDb.engine})`, async () => {
    const { ddl, data, tables } = scripts.get(key(level, 'mysql'))!;
    const database = await mariaDb.open('data_only');
    try {
      await database.exec(ddl);
      for (const script of data) await database.exec(script);
      const count = async (sql: string) => Number((await database.query<{ n: number }>(sql))[0]!.n);
      await expectLoaded({ count, exec: (sql) => database.exec(sql), quote: (name) => `\`${name}\`` }, tables);
    } finally {
      await database.close();
    }
  });

  it('in SQLite', async () => {
    const { ddl, data, tables } = scripts.get(key(level, 'sqlite'))!;
    const database = new Database(':memory:');
    try {
      database.exec(ddl);
      for (const script of data) database.exec(script);
      expect(database.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(database.pragma('foreign_key_check')).toEqual([]);
      const count = async (sql: string) => (database.prepare(sql).get() as { n: number }).n;
      await expectLoaded({ count, exec: async (sql) => database.exec(sql), quote: (name) => `"${name}"` }, tables);
    } finally {
      database.close();
    }
  });
});

describe.skipIf(postgresServer.skip)('sql_copy', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'datagen-copy-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  // Loads the scripts with psql, as a user would, and answers each table's rows as text, sorted.
  async function loadWithPsql(name: string, scriptsInOrder: readonly string[], tables: readonly string[]): Promise<string[]> {
    const file = join(folder, `${name}.sql`);
    writeFileSync(file, scriptsInOrder.join(''));
    const database = await postgresServer.createDatabase(name);
    try {
      await run('psql', [database.url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', file]);
      return await Promise.all(
        tables.map(async (table) => (await run('psql', [database.url, '-X', '-At', '-c', `SELECT t::text FROM "${table}" t ORDER BY 1`])).stdout),
      );
    } finally {
      await database.drop();
    }
  }

  it.each(LEVELS)('loads with psql into the same rows as the INSERT statements (reality %i)', async (level) => {
    const { ddl, data, full, tables } = scripts.get(key(level, 'postgres'))!;
    const copy = copies.get(level)!;
    for (const script of copy.data) expect(script).toMatch(/^COPY "\w+" \(.+\) FROM stdin;\n[^]*\n\\\.\n$/);
    // Clean: the scripts with their CREATE TABLE; messy: the data alone, after /api/ddl's schema.
    const [inserts, copied] = level === 0 ? [full, copy.full] : [[ddl, ...data], [ddl, ...copy.data]];
    const expected = await loadWithPsql(`inserts_${level}`, inserts, tables);
    const rows = await loadWithPsql(`copy_${level}`, copied, tables);
    expect(rows.map((table) => table.split('\n').length - 1)).toEqual(tables.map(() => SIZE));
    expect(rows).toEqual(expected);
  });

  it('writes the same files in a sharded job as POST /api/generate answers', async () => {
    const jobs = new JobsClient(sharded.url);
    const id = await jobs.start({ ...planFields(7), output_format: 'sql', sql_dialect: 'postgres', sql_copy: true, sql_ddl: false });
    const files = await downloadAll(await jobs.waitFor(id));
    const { tables } = scripts.get(key(7, 'postgres'))!;
    expect(tables.map((table) => files.get(table)!.toString('utf8'))).toEqual(copies.get(7)!.data);
  });
});

describe('refusals', () => {
  const issuesOf = async (path: string, body: unknown) => {
    const response = await post(sharded, path, body);
    const answer = (await response.json()) as { error: string; issues: string[] };
    expect(response.status).toBe(400);
    expect(answer.error).toBe('Invalid request payload');
    return answer.issues;
  };

  it('refuse sql_ddl and sql_copy with another format, and COPY in another dialect', async () => {
    expect(await issuesOf('/api/generate', { prompt: PROMPT, output_format: 'csv', sql_ddl: false })).toEqual([
      'sql_ddl applies to output_format "sql" only; output_format is "csv"',
    ]);
    expect(await issuesOf('/api/jobs', { prompt: PROMPT, output_format: 'parquet', sql_copy: true })).toEqual([
      'sql_copy applies to output_format "sql" only; output_format is "parquet"',
    ]);
    expect(await issuesOf('/api/generate', { prompt: PROMPT, output_format: 'sql', sql_dialect: 'mysql', sql_copy: true })).toEqual([
      'sql_copy writes COPY ... FROM stdin blocks, which only PostgreSQL reads; sql_dialect is "mysql"',
    ]);
    expect(await issuesOf('/api/jobs', { prompt: PROMPT, output_format: 'sql', sql_dialect: 'sqlite', sql_copy: true })).toHaveLength(1);
  });

  it('refuse what a schema request cannot take', async () => {
    expect(await issuesOf('/api/ddl', { prompt: PROMPT, output_format: 'sql' })).toEqual(['Unknown field "output_format"']);
    expect(await issuesOf('/api/ddl', { prompt: PROMPT, sql_dialect: 'oracle' })).toEqual(['sql_dialect must be one of "postgres", "mysql", "sqlite"']);
    expect(await issuesOf('/api/ddl', { datasets: 2 })).toEqual(['prompt is required and must be a string']);
  });
});
