import { describe, expect, it } from 'vitest';
import { OutputFormat, SqlDialect } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { generate, shopPlan } from '../../../../test/engine/plans.js';
import { ROWS_PER_INSERT } from './sql-encoder.js';

const shop = shopPlan({ customers: 30, products: 10, orders: 1203 }, 3);
const sql = (sqlDialect: SqlDialect) => generate(shop, 'order', { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect }).toString();

describe('SQL encoder', () => {
  it('cuts INSERT statements at fixed absolute indexes', () => {
    const statements = sql(SqlDialect.SQL_DIALECT_POSTGRES).split('INSERT INTO').slice(1);
    expect(statements).toHaveLength(Math.ceil(1203 / ROWS_PER_INSERT));
    expect(statements.map((statement) => statement.split('\n(').length - 1)).toEqual([500, 500, 203]);
    for (const statement of statements) expect(statement.endsWith(');\n')).toBe(true);
  });

  it('quotes identifiers and declares keys in every dialect', () => {
    expect(sql(SqlDialect.SQL_DIALECT_POSTGRES)).toContain('CREATE TABLE "order" (\n  "id" UUID NOT NULL,');
    expect(sql(SqlDialect.SQL_DIALECT_POSTGRES)).toContain('FOREIGN KEY ("customer_id") REFERENCES "customers" ("id")');
    expect(sql(SqlDialect.SQL_DIALECT_MYSQL)).toContain('FOREIGN KEY (`product_sku`) REFERENCES `products` (`sku`)');
    expect(sql(SqlDialect.SQL_DIALECT_SQLITE)).toContain('PRIMARY KEY ("id")');
  });

  it('escapes strings for each dialect', () => {
    expect(sql(SqlDialect.SQL_DIALECT_POSTGRES)).toContain(`'O''Brien \\ "quoted", comma'`);
    expect(sql(SqlDialect.SQL_DIALECT_SQLITE)).toContain(`'O''Brien \\ "quoted", comma'`);
    expect(sql(SqlDialect.SQL_DIALECT_MYSQL)).toContain(`'O''Brien \\\\ "quoted", comma'`);
  });
});
