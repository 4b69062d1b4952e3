import Database from 'better-sqlite3';
import { mariaDbForTests, postgresForTests, type SqlDatabase } from '../support/databases.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputFormat, SqlDialect } from '../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { GENERATOR_CATALOGUE } from '../../libs/catalogue/src/generator-catalogue.js';
import { atLevel, cataloguePlan, generate, records, shopPlan, TRICKY_STATUS } from './plans.js';

// The generated SQL loaded into real databases, foreign keys enforced: customers, products
// and a table named "order" holding quotes, backslashes, newlines and emoji.
const SIZES = { customers: 1200, products: 300, orders: 2500 };
const shop = shopPlan(SIZES, 99);

// Every catalogue generator in one table, referencing a table of its own.
const catalogue = cataloguePlan(700, GENERATOR_CATALOGUE.map((entry) => entry.name));

function script(sqlDialect: SqlDialect, source = shop): string {
  return source.datasets.map((dataset) => generate(source, dataset.name, { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect }).toString()).join('');
}

const expectedStatuses = [...new Set(records(shop, 'order').map((order) => order.status))].sort();

// Messy levels must load too, foreign keys enforced: level 7 keeps the foreign keys (its
// defects never break a reference), level 10 gives up what orphans and reformatted values break.
const MESSY = [7, 10].map((level) => ({ level, shop: atLevel(shopPlan(SIZES, 99), level), catalogue: atLevel(catalogue, level) }));
const TABLES = [['customers', SIZES.customers], ['products', SIZES.products], ['order', SIZES.orders]] as const;

const postgres = await postgresForTests();
const mariaDb = await mariaDbForTests();

describe(`SQL loads into PostgreSQL (${postgres.engine})`, () => {
  let database: SqlDatabase | undefined;
  const db = () => database!;

  beforeAll(async () => {
    database = await postgres.open('engine');
  });

  afterAll(() => database?.close());

  it('creates the tables with their keys and inserts every record', async () => {
    await db().exec(script(SqlDialect.SQL_DIALECT_POSTGRES));
    for (const [table, size] of TABLES) {
      const rows = await db().query<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}"`);
      expect(rows[0]!.count).toBe(size);
    }
    const statuses = await db().query<{ status: string }>('SELECT DISTINCT status FROM "order" ORDER BY status');
    expect(statuses.map((row) => row.status).sort()).toEqual(expectedStatuses);
    await expect(db().exec(`INSERT INTO "order" (id, number, customer_id, product_sku, customer_name, email, quantity, unit_price, total, order_date, status)
      VALUES ('00000000-0000-4000-8000-000000000000', 'X', ${SIZES.customers + 1}, 'NOPE', 'n', 'e', 1, 1, 1, '2020-01-01', 'pending')`)).rejects.toThrow(/foreign key/);
  });

  it('loads a value of every catalogue generator', async () => {
    await db().exec(script(SqlDialect.SQL_DIALECT_POSTGRES, catalogue));
    const rows = await db().query<{ count: number }>('SELECT count(*)::int AS count FROM catalogue');
    expect(rows[0]!.count).toBe(700);
  });

  it.each(MESSY)('loads every record at reality level $level, keeping foreign keys the level does not break', async ({ level, shop: messy, catalogue: messyCatalogue }) => {
    await db().reset();
    await db().exec(script(SqlDialect.SQL_DIALECT_POSTGRES, messy) + script(SqlDialect.SQL_DIALECT_POSTGRES, messyCatalogue));
    for (const [table, size] of TABLES) {
      const rows = await db().query<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}"`);
      expect(rows[0]!.count).toBe(size);
    }
    const invalid = db().exec(`INSERT INTO "order" (id, number, customer_id, product_sku) VALUES ('00000000-0000-4000-8000-000000000000', 'X', ${SIZES.customers + 1}, 'NOPE')`);
    if (level < 9) await expect(invalid).rejects.toThrow(/foreign key/);
    else await invalid;
  });
});

describe.skipIf(mariaDb.skip)(`SQL loads into MariaDB (${mariaDb.engine})`, () => {
  let database: SqlDatabase | undefined;
  const db = () => database!;

  beforeAll(async () => {
    database = await mariaDb.open('engine');
  });

  afterAll(() => database?.close());

  it('creates the tables with their keys and inserts every record, strings intact', async () => {
    await db().exec("SET SESSION sql_mode = 'STRICT_ALL_TABLES'");
    await db().exec(script(SqlDialect.SQL_DIALECT_MYSQL));
    for (const [table, size] of TABLES) {
      const rows = await db().query<{ count: number }>(`SELECT count(*) AS count FROM \`${table}\``);
      expect(Number(rows[0]!.count)).toBe(size);
    }
    const statuses = await db().query<{ status: Buffer }>('SELECT DISTINCT BINARY status AS status FROM `order`');
    expect(statuses.map((row) => row.status.toString()).sort()).toEqual(expectedStatuses);
    expect(expectedStatuses).toEqual(TRICKY_STATUS.map((status) => status.value).sort());
    await expect(db().exec("INSERT INTO `order` (id, number, customer_id, product_sku, customer_name, email, quantity, unit_price, total, order_date, status) VALUES ('x', 'X', -1, 'NOPE', 'n', 'e', 1, 1, 1, '2020-01-01', 'pending')")).rejects.toThrow(/foreign key/i);
  });

  it('loads a value of every catalogue generator', async () => {
    await db().exec(script(SqlDialect.SQL_DIALECT_MYSQL, catalogue));
    const rows = await db().query<{ count: number }>('SELECT count(*) AS count FROM catalogue');
    expect(Number(rows[0]!.count)).toBe(700);
  });

  it.each(MESSY)('loads every record at reality level $level in strict mode, keeping foreign keys the level does not break', async ({ level, shop: messy, catalogue: messyCatalogue }) => {
    await db().reset();
    await db().exec("SET SESSION sql_mode = 'STRICT_ALL_TABLES'");
    await db().exec(script(SqlDialect.SQL_DIALECT_MYSQL, messy) + script(SqlDialect.SQL_DIALECT_MYSQL, messyCatalogue));
    for (const [table, size] of TABLES) {
      const rows = await db().query<{ count: number }>(`SELECT count(*) AS count FROM \`${table}\``);
      expect(Number(rows[0]!.count)).toBe(size);
    }
    const invalid = db().exec("INSERT INTO `order` (id, number, customer_id, product_sku) VALUES ('x', 'X', -1, 'NOPE')");
    if (level < 9) await expect(invalid).rejects.toThrow(/foreign key/i);
    else await invalid;
  });
});

describe('SQL loads into SQLite', () => {
  it('creates the tables with their keys and inserts every record', () => {
    const database = new Database(':memory:');
    database.exec(script(SqlDialect.SQL_DIALECT_SQLITE));
    expect(database.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(database.pragma('foreign_key_check')).toEqual([]);
    for (const [table, size] of [['customers', SIZES.customers], ['products', SIZES.products], ['order', SIZES.orders]] as const) {
      expect(database.prepare(`SELECT count(*) AS count FROM "${table}"`).get()).toEqual({ count: size });
    }
    const statuses = database.prepare('SELECT DISTINCT status FROM "order"').all() as { status: string }[];
    expect(statuses.map((row) => row.status).sort()).toEqual(expectedStatuses);
    expect(() => database.exec(`INSERT INTO "order" (id, number, customer_id, product_sku, customer_name, email, quantity, unit_price, total, order_date, status) VALUES ('x', 'X', -1, 'NOPE', 'n', 'e', 1, 1, 1, '2020-01-01', 'pending')`)).toThrow(/FOREIGN KEY/);
    database.close();
  });

  it('loads a value of every catalogue generator', () => {
    const database = new Database(':memory:');
    database.exec(script(SqlDialect.SQL_DIALECT_SQLITE, catalogue));
    expect(database.pragma('foreign_key_check')).toEqual([]);
    expect(database.prepare('SELECT count(*) AS count FROM catalogue').get()).toEqual({ count: 700 });
    database.close();
  });

  it.each(MESSY)('loads every record at reality level $level, keeping foreign keys the level does not break', ({ level, shop: messy, catalogue: messyCatalogue }) => {
    const database = new Database(':memory:');
    database.exec(script(SqlDialect.SQL_DIALECT_SQLITE, messy) + script(SqlDialect.SQL_DIALECT_SQLITE, messyCatalogue));
    expect(database.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(database.pragma('foreign_key_check')).toEqual([]);
    for (const [table, size] of TABLES) expect(database.prepare(`SELECT count(*) AS count FROM "${table}"`).get()).toEqual({ count: size });
    const invalid = () => database.exec(`INSERT INTO "order" (id, number, customer_id, product_sku) VALUES ('x', 'X', -1, 'NOPE')`);
    if (level < 9) expect(invalid).toThrow(/FOREIGN KEY/);
    else invalid();
    database.close();
  });
});
