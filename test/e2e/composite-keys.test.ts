import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { mariaDbForTests, postgresForTests, type SqlDatabase } from '../support/databases.js';
import { postGenerate } from '../support/post-generate.js';
import { startTestStack } from '../support/start-test-stack.js';

// A hand-written plan with what real schemas have and prompts never gave: a self-reference
// (employees.manager_id), a junction table keyed by its two references (film_actor), a unique
// key of two fields, and a foreign key of two fields (credits → film_actor). Its SQL from
// POST /api/generate loads into PostgreSQL, MariaDB and SQLite with every constraint on, clean
// and at level 10, whose SQL gives up exactly the constraints its defects break.
const SIZES = { employees: 600, actors: 40, films: 90, film_actor: 1800, credits: 2500 };

const reference = (dataset: string, field: string, extra: Record<string, unknown> = {}) => ({ foreign_key: { dataset, field, distribution: 'uniform', ...extra } });

const PLAN = {
  seed: 14,
  datasets: [
    {
      name: 'employees',
      size: SIZES.employees,
      fields: [
        { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true },
        { name: 'name', type: 'string', generator: 'person.full_name' },
        { name: 'manager_id', type: 'integer', generator: 'reference', nullable: true, null_rate: 0.02, ...reference('employees', 'id', { distribution: 'zipf' }) },
      ],
    },
    {
      name: 'actors',
      size: SIZES.actors,
      fields: [
        { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true },
        { name: 'name', type: 'string', generator: 'person.full_name' },
      ],
    },
    {
      name: 'films',
      size: SIZES.films,
      fields: [
        { name: 'code', type: 'string', generator: 'id.code', primary_key: true },
        { name: 'title', type: 'string', generator: 'commerce.product_name' },
      ],
    },
    {
      name: 'film_actor',
      size: SIZES.film_actor,
      composite_keys: [
        { fields: ['actor_id', 'film_code'], primary_key: true },
        { fields: ['film_code', 'billing_id'] },
      ],
      fields: [
        { name: 'actor_id', type: 'integer', generator: 'reference', ...reference('actors', 'id') },
        { name: 'film_code', type: 'string', generator: 'reference', ...reference('films', 'code') },
        { name: 'billing_id', type: 'uuid', generator: 'id.uuid' },
        { name: 'fee', type: 'decimal', generator: 'number.decimal', scale: 2 },
      ],
    },
    {
      name: 'credits',
      size: SIZES.credits,
      fields: [
        { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true },
        { name: 'film', type: 'string', generator: 'reference', ...reference('film_actor', 'film_code', { group: 'role' }) },
        { name: 'actor', type: 'integer', generator: 'reference', ...reference('film_actor', 'actor_id', { group: 'role' }) },
        { name: 'line', type: 'text', generator: 'text.sentence' },
      ],
    },
  ],
};

type Dialect = 'postgres' | 'mysql' | 'sqlite';
const LEVELS = [0, 10] as const;

const postgres = await postgresForTests();
const mariaDb = await mariaDbForTests();

let stack: LocalStack;
const scripts = {} as Record<`${Dialect}-${number}`, string[]>;

beforeAll(async () => {
  stack = await startTestStack();
  // Every script is asked for before anything loads: PGlite blocks this thread while it works.
  for (const dialect of ['postgres', 'mysql', 'sqlite'] as const) {
    for (const reality of LEVELS) scripts[`${dialect}-${reality}`] = await sqlFor(dialect, reality);
  }
});

afterAll(async () => {
  await stack?.stop();
});

async function sqlFor(dialect: Dialect, reality: number): Promise<string[]> {
  const response = await postGenerate(stack.url, { plan: PLAN, output_format: 'sql', sql_dialect: dialect, reality });
  if (response.status !== 200) throw new Error(`POST /api/generate answered ${response.status}: ${await response.text()}`);
  const envelope = (await response.json()) as { datasets: Record<string, { content: string }> };
  expect(Object.keys(envelope.datasets)).toEqual(Object.keys(SIZES));
  return Object.values(envelope.datasets).map((dataset) => dataset.content);
}

describe('composite keys and self-references in SQL', () => {
  it('declares each constraint in the DDL', () => {
    const [employees, , , filmActor, credits] = scripts['postgres-0'];
    expect(employees).toContain('FOREIGN KEY ("manager_id") REFERENCES "employees" ("id")');
    expect(filmActor).toContain('PRIMARY KEY ("actor_id", "film_code")');
    expect(filmActor).toContain('UNIQUE ("film_code", "billing_id")');
    expect(filmActor).toContain('FOREIGN KEY ("actor_id") REFERENCES "actors" ("id")');
    expect(credits).toContain('FOREIGN KEY ("actor", "film") REFERENCES "film_actor" ("actor_id", "film_code")');
  });

  it.each(LEVELS)(`loads into PostgreSQL (${postgres.engine}) with every constraint on at level %i`, async (reality) => {
    const database = await postgres.open('composite');
    try {
      await loadAndCheck(database, scripts[`postgres-${reality}`], (name) => `"${name}"`);
    } finally {
      await database.close();
    }
  });

  it.skipIf(mariaDb.skip).each(LEVELS)(`loads into MariaDB (${mariaDb.engine}) with every constraint on at level %i`, async (reality) => {
    const database = await mariaDb.open('composite');
    try {
      await loadAndCheck(database, scripts[`mysql-${reality}`], (name) => `\`${name}\``);
    } finally {
      await database.close();
    }
  });

  it.each(LEVELS)('loads into SQLite with foreign keys on at level %i', (reality) => {
    const database = new Database(':memory:');
    database.pragma('foreign_keys = ON');
    for (const script of scripts[`sqlite-${reality}`]) database.exec(script);
    for (const [name, size] of Object.entries(SIZES)) expect(database.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get()).toEqual({ n: size });
    expect(database.pragma('foreign_key_check')).toEqual([]);
    if (reality === 0) {
      const hierarchy = database.prepare('SELECT COUNT(*) AS n FROM employees e JOIN employees m ON m.id = e.manager_id WHERE m.id >= e.id').get();
      expect(hierarchy).toEqual({ n: 0 });
      expect(database.prepare('SELECT COUNT(*) AS n FROM employees WHERE manager_id IS NULL').get()).not.toEqual({ n: 0 });
    }
    expect(() => database.exec('INSERT INTO film_actor (actor_id, film_code, billing_id, fee) SELECT actor_id, film_code, billing_id || \'x\', fee FROM film_actor LIMIT 1')).toThrow(/UNIQUE/);
    database.close();
  });
});

// Loads the scripts in the envelope's order, then checks the counts and that the database
// itself refuses what the constraints forbid.
async function loadAndCheck(database: SqlDatabase, scripts: readonly string[], quote: (name: string) => string): Promise<void> {
  for (const script of scripts) await database.exec(script);
  for (const [name, size] of Object.entries(SIZES)) {
    const rows = await database.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${quote(name)}`);
    expect(Number(rows[0]!.n)).toBe(size);
  }
  const missing = await database.query<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM ${quote('credits')} c LEFT JOIN ${quote('film_actor')} f ON f.actor_id = c.actor AND f.film_code = c.film WHERE f.actor_id IS NULL`,
  );
  expect(Number(missing[0]!.n)).toBe(0);
  const pair = await database.query<{ actor_id: number; film_code: string }>(`SELECT actor_id, film_code FROM ${quote('film_actor')} LIMIT 1`);
  const { actor_id: actor, film_code: film } = pair[0]!;
  // The pair of a credit must exist as a pair, though each half exists on its own.
  const unpaired = await database.query<{ id: number }>(
    `SELECT a.id FROM ${quote('actors')} a WHERE NOT EXISTS (SELECT 1 FROM ${quote('film_actor')} f WHERE f.actor_id = a.id AND f.film_code = '${film}') LIMIT 1`,
  );
  await expect(database.exec(`INSERT INTO ${quote('credits')} (id, film, actor, line) VALUES (${SIZES.credits + 1}, '${film}', ${unpaired[0]!.id}, 'x')`)).rejects.toThrow(/foreign key/i);
  await expect(
    database.exec(`INSERT INTO ${quote('film_actor')} (actor_id, film_code, billing_id, fee) VALUES (${actor}, '${film}', '00000000-0000-4000-8000-000000000000', 1)`),
  ).rejects.toThrow(/duplicate|unique/i);
}
