import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { mariaDbForTests, postgresForTests, type SqlDatabase, type TestDatabase } from '../support/databases.js';
import { FakeOpenAiServer, field } from '../support/fake-openai-server.js';
import { startTestStack } from '../support/start-test-stack.js';

// Names that are reserved words in SQL ("order", "user", "group", "key", "select") stay as the
// prompt or the model said them, and the SQL of every dialect still loads, because the encoder
// quotes every identifier. Both planners are asked, through the real stack; each script is
// loaded with its foreign keys into SQLite, PostgreSQL and MariaDB.
const SIZE = 200;
const DIALECTS = ['postgres', 'mysql', 'sqlite'] as const;
type Dialect = (typeof DIALECTS)[number];

const BUILTIN_PROMPT = 'A shop with users, groups and orders (id, user_id, group_id, order, group, key, select, user)';

// What a model might answer for "a shop with a user, group and order table": singular reserved
// table names, reserved column names, a foreign key named "user", and one name (xmin) that no
// quoting lets PostgreSQL load.
const RESERVED_DRAFT = {
  domain: 'e-commerce',
  datasets: [
    {
      name: 'user',
      description: 'A user of the shop',
      fields: [
        field({ name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true }),
        field({ name: 'key', type: 'string', generator: 'id.code', unique: true }),
        field({ name: 'select', type: 'string', generator: 'enum', enum_values: [{ value: 'yes', weight: 1 }, { value: 'no', weight: 1 }] }),
      ],
    },
    {
      name: 'group',
      description: 'A group of users',
      fields: [
        field({ name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true }),
        field({ name: 'user_id', type: 'integer', generator: 'reference', foreign_key: { dataset: 'user', field: 'id' } }),
        field({ name: 'order', type: 'integer', generator: 'number.integer', numeric_range: { min: 1, max: 10, distribution: 'uniform' } }),
      ],
    },
    {
      name: 'order',
      description: 'An order placed by a user in a group',
      fields: [
        field({ name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true }),
        field({ name: 'user', type: 'integer', generator: 'reference', foreign_key: { dataset: 'user', field: 'id' } }),
        field({ name: 'group', type: 'integer', generator: 'reference', foreign_key: { dataset: 'group', field: 'id' } }),
        field({ name: 'table', type: 'string', generator: 'text.word' }),
        field({ name: 'xmin', type: 'integer', generator: 'number.integer', numeric_range: { min: 0, max: 99, distribution: 'uniform' } }),
      ],
    },
  ],
};

interface Envelope {
  datasets: Record<string, { columns?: string[]; content: string }>;
}

// A dataset's script, in the order the envelope lists them (parents first).
type Scripts = Array<[table: string, sql: string]>;

// What a database holds after the scripts ran: rows per table and declared foreign keys.
interface Loaded {
  rows: Record<string, number>;
  foreignKeys: number;
}

const postgres = await postgresForTests();
const mariaDb = await mariaDbForTests();

const BUILTIN_REQUEST = { prompt: BUILTIN_PROMPT };
const OPENAI_REQUEST = { prompt: 'A shop with a user, group and order table', api_key: 'sk-e2e-reserved' };

let builtin: LocalStack;
let openai: LocalStack;
let fake: FakeOpenAiServer;
const scripts = { builtin: {} as Record<Dialect, Scripts>, openai: {} as Record<Dialect, Scripts> };

beforeAll(async () => {
  fake = await FakeOpenAiServer.start();
  fake.respondWith({ kind: 'content', content: JSON.stringify(RESERVED_DRAFT) });
  [builtin, openai] = await Promise.all([
    startTestStack(),
    startTestStack({ env: { PLANNER_KIND: 'openai', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-e2e', OPENAI_MAX_RETRIES: '0' } }),
  ]);
  // Every script is asked for before anything loads: PGlite blocks this thread while it works,
  // and fetch would then reuse a keep-alive socket the gateway closed meanwhile.
  for (const dialect of DIALECTS) {
    scripts.builtin[dialect] = await sqlScripts(builtin, BUILTIN_REQUEST, dialect);
    scripts.openai[dialect] = await sqlScripts(openai, OPENAI_REQUEST, dialect);
  }
});

afterAll(async () => {
  await Promise.allSettled([builtin?.stop(), openai?.stop(), fake?.stop()]);
});

async function generate(stack: LocalStack, body: Record<string, unknown>): Promise<Envelope> {
  const response = await fetch(`${stack.url}/api/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ dataset_size: SIZE, seed: 11, reality: 0, ...body }),
  });
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(200);
  return JSON.parse(text) as Envelope;
}

async function sqlScripts(stack: LocalStack, body: Record<string, unknown>, dialect: Dialect): Promise<Scripts> {
  const envelope = await generate(stack, { ...body, output_format: 'sql', sql_dialect: dialect });
  return Object.entries(envelope.datasets).map(([name, dataset]) => [name, dataset.content]);
}

// PostgreSQL (a server, or PGlite) and MariaDB as test/support/databases.ts provides them.
async function loadInto(engine: TestDatabase, scripts: Scripts, quote: string, foreignKeysIn: (scope: string) => string): Promise<Loaded> {
  const database: SqlDatabase = await engine.open('reserved');
  try {
    for (const [, sql] of scripts) await database.exec(sql);
    const rows: Record<string, number> = {};
    for (const [table] of scripts) {
      const [count] = await database.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${quote}${table}${quote}`);
      rows[table] = Number(count!.n);
    }
    const [keys] = await database.query<{ n: number | string }>(foreignKeysIn(database.scope));
    return { rows, foreignKeys: Number(keys!.n) };
  } finally {
    await database.close();
  }
}

const loadIntoPostgres = (scripts: Scripts) =>
  loadInto(postgres, scripts, '"', (scope) => `SELECT COUNT(*) AS n FROM information_schema.table_constraints WHERE constraint_type = 'FOREIGN KEY' AND table_schema = '${scope}'`);
const loadIntoMariaDb = (scripts: Scripts) =>
  loadInto(mariaDb, scripts, '`', (scope) => `SELECT COUNT(*) AS n FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_SCHEMA = '${scope}'`);

function loadIntoSqlite(scripts: Scripts): Loaded {
  const database = new Database(':memory:');
  try {
    database.pragma('foreign_keys = ON');
    for (const [, sql] of scripts) database.exec(sql);
    expect(database.pragma('foreign_key_check')).toEqual([]);
    const rows: Record<string, number> = {};
    let foreignKeys = 0;
    for (const [table] of scripts) {
      rows[table] = (database.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
      foreignKeys += (database.pragma(`foreign_key_list("${table}")`) as unknown[]).length;
    }
    return { rows, foreignKeys };
  } finally {
    database.close();
  }
}

function load(dialect: Dialect, scripts: Scripts): Promise<Loaded> | Loaded {
  if (dialect === 'postgres') return loadIntoPostgres(scripts);
  if (dialect === 'mysql') return loadIntoMariaDb(scripts);
  return loadIntoSqlite(scripts);
}

describe('reserved words as names, loaded into every SQL dialect', () => {
  it('keeps the builtin planner\'s reserved column names in the plan', async () => {
    const envelope = await generate(builtin, { ...BUILTIN_REQUEST, output_format: 'json' });
    expect(Object.keys(envelope.datasets)).toEqual(['users', 'groups', 'orders']);
    expect(envelope.datasets.orders!.columns).toEqual(['id', 'user_id', 'group_id', 'order', 'group', 'key', 'select', 'user']);
  });

  it('keeps the model\'s reserved table and column names, and renames only what no quoting loads', async () => {
    const envelope = await generate(openai, { ...OPENAI_REQUEST, output_format: 'json' });
    expect(Object.keys(envelope.datasets)).toEqual(['user', 'group', 'order']);
    expect(envelope.datasets.user!.columns).toEqual(['id', 'key', 'select']);
    expect(envelope.datasets.order!.columns).toEqual(['id', 'user', 'group', 'table', 'field_xmin']);
  });

  // Loading comes after every HTTP request of this file (see beforeAll).
  for (const dialect of DIALECTS) {
    const absent = dialect === 'mysql' && mariaDb.skip;
    it.skipIf(absent)(`loads the builtin planner's ${dialect} script with every row and its foreign keys`, async () => {
      const loaded = await load(dialect, scripts.builtin[dialect]);
      expect(loaded).toEqual({ rows: { users: SIZE, groups: SIZE, orders: SIZE }, foreignKeys: 3 });
    });

    it.skipIf(absent)(`loads the OpenAI planner's ${dialect} script of tables named user, group and order`, async () => {
      const loaded = await load(dialect, scripts.openai[dialect]);
      expect(loaded).toEqual({ rows: { user: SIZE, group: SIZE, order: SIZE }, foreignKeys: 3 });
    });
  }
});
