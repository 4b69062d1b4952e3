import { describe, expect, it } from 'vitest';
import { Content, OutputFormat, SqlDialect } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { atLevel, generate, shopPlan } from '../../../../test/engine/plans.js';

const shop = shopPlan({ customers: 30, products: 10, orders: 1203 }, 3);
const POSTGRES = { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_POSTGRES };
const COPY = { ...POSTGRES, sqlOptions: { dataOnly: false, copy: true } };

describe('SQL output options', () => {
  it('leaves the CREATE TABLE out of data only, and keeps the session settings', () => {
    const full = generate(shop, 'order', { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_SQLITE }).toString();
    const data = generate(shop, 'order', { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_SQLITE, sqlOptions: { dataOnly: true, copy: false } }).toString();
    const schema = generate(shop, 'order', { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_SQLITE, content: Content.CONTENT_SCHEMA }).toString();
    expect(schema).toMatch(/^CREATE TABLE "order" \(/);
    expect(data).not.toContain('CREATE');
    expect(data.startsWith('PRAGMA foreign_keys = ON;\nINSERT INTO "order"')).toBe(true);
    expect(full).toBe('PRAGMA foreign_keys = ON;\n' + schema + data.slice('PRAGMA foreign_keys = ON;\n'.length));
  });

  it('writes the loosened schema of a messy level, as the output does', () => {
    const messy = atLevel(shopPlan({ customers: 30, products: 10, orders: 100 }, 3), 10);
    const schema = generate(messy, 'order', { ...POSTGRES, content: Content.CONTENT_SCHEMA }).toString();
    expect(schema).toContain('-- Reality level 10');
    expect(generate(messy, 'order', POSTGRES).toString().startsWith(schema)).toBe(true);
  });

  it('writes one COPY block: the header with record 0, "\\." after the last record', () => {
    const copy = generate(shop, 'order', COPY).toString();
    const schema = generate(shop, 'order', { ...POSTGRES, content: Content.CONTENT_SCHEMA }).toString();
    expect(copy.startsWith(schema + 'COPY "order" ("id", "number", "customer_id"')).toBe(true);
    expect(copy.endsWith('\n\\.\n')).toBe(true);
    const rows = copy.slice(copy.indexOf('FROM stdin;\n') + 'FROM stdin;\n'.length, -'\\.\n'.length).split('\n').slice(0, -1);
    expect(rows).toHaveLength(1203);
    for (const row of rows) expect(row.split('\t')).toHaveLength(shop.datasets[2]!.fields.length);
  });

  it('writes ranges that concatenate to the whole', () => {
    const whole = generate(shop, 'order', COPY);
    const ranges = [0, 400, 1000].map((offset, index, offsets) =>
      generate(shop, 'order', { ...COPY, offset, count: (offsets[index + 1] ?? 1203) - offset, batchSize: 7 }),
    );
    expect(Buffer.concat(ranges).equals(whole)).toBe(true);
  });

  it('refuses COPY in a dialect other than PostgreSQL, and a schema of a format without one', () => {
    expect(() => generate(shop, 'order', { ...COPY, sqlDialect: SqlDialect.SQL_DIALECT_MYSQL })).toThrow(/COPY .* PostgreSQL/);
    expect(() => generate(shop, 'order', { format: OutputFormat.OUTPUT_FORMAT_CSV, content: Content.CONTENT_SCHEMA })).toThrow(/table definition/);
  });
});
