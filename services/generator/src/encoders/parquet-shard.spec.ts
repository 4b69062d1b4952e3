import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputFormat } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { Distribution, FormulaOperator, type Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { GENERATOR_CATALOGUE } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { atLevel, cataloguePlan, dataset, field, generate, plan, records, run, shopPlan } from '../../../../test/engine/plans.js';
import { compileRange } from '../engine/record-stream.js';
import { writeParquetShard } from './parquet-shard.js';
import type { ColumnShape } from './table-shape.js';
import { JSON_SYNTAX } from './value-syntax.js';

// hyparquet reads Snappy pages itself; GZIP pages, which the writer uses, it leaves to its caller.
const GUNZIP = { GZIP: (input: Uint8Array) => new Uint8Array(gunzipSync(input)) };

// Orders span two row groups in the first shard (25,000 rows each at most) and one in the second.
const SIZES = { customers: 2000, products: 150, orders: 30_000 };
const SHARD_CUTS = [0, 27_000, 30_000];
const shop = shopPlan(SIZES, 7);

let folder: string;
let database: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'parquet-shard-'));
  database = await DuckDBInstance.create(':memory:');
  connection = await database.connect();
});

afterAll(() => {
  connection.closeSync();
  database.closeSync();
  rmSync(folder, { recursive: true, force: true });
});

function shape(source: Plan, name: string): readonly ColumnShape[] {
  return compileRange({ plan: source, dataset: name, offset: 0, count: 0 }, { syntax: JSON_SYNTAX }).dataset.table.columns;
}

// Writes the dataset as part files cut at `cuts`, as a job lays them out; returns their folder.
async function writeParts(source: Plan, name: string, cuts: readonly number[]): Promise<string> {
  const parts = join(folder, `${name}-${source.realityLevel}-${cuts.length}`);
  mkdirSync(parts);
  for (let part = 0; part + 1 < cuts.length; part++) {
    const shard = await writeParquetShard({ plan: source, dataset: name, offset: cuts[part]!, count: cuts[part + 1]! - cuts[part]! });
    expect(shard.records).toBe(cuts[part + 1]! - cuts[part]!);
    writeFileSync(join(parts, `part-${String(part).padStart(5, '0')}.parquet`), shard.data);
  }
  return parts;
}

// The folder as one table, in record order, with timestamps as epoch milliseconds.
async function readFolder(parts: string, columns: readonly ColumnShape[]): Promise<Record<string, unknown>[]> {
  const select = columns.map(({ name, kind }) => (kind === 'timestamp' ? `epoch_ms("${name}") AS "${name}"` : `"${name}"`)).join(', ');
  const reader = await connection.runAndReadAll(
    `SELECT ${select} FROM read_parquet('${parts}/*.parquet', filename = true, file_row_number = true) ORDER BY filename, file_row_number`,
  );
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}

async function duckTypes(parts: string): Promise<Record<string, string>> {
  const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${parts}/*.parquet')`);
  return Object.fromEntries(reader.getRowObjectsJson().map((row) => [row.column_name, row.column_type]));
}

// Whether a value read back equals the JSON record's. DuckDB hands over BIGINT and DECIMAL as
// exact text, timestamps (as selected above) as epoch milliseconds; hyparquet hands over bigint,
// decimals as numbers and dates as Date. A number that a defect left in a text column reads
// back as the digits written (12.50 for JSON's 12.5).
function same(column: ColumnShape, read: unknown, json: unknown): boolean {
  if (json === null || read === null) return read === json;
  switch (column.kind) {
    case 'integer':
      return String(read) === String(json);
    case 'decimal':
      return typeof read === 'number' ? read === json : read === (json as number).toFixed(column.scale);
    case 'date':
      return (read instanceof Date ? read.toISOString().slice(0, 10) : read) === json;
    case 'timestamp':
      return (read instanceof Date ? read.getTime() : Number(read)) === Date.parse(json as string);
    default:
      return typeof json === 'number' ? Number(read) === json : String(read) === String(json);
  }
}

function expectSameRecords(columns: readonly ColumnShape[], read: readonly Record<string, unknown>[], json: readonly Record<string, unknown>[], reader: string): void {
  expect(read).toHaveLength(json.length);
  read.forEach((row, index) => {
    for (const column of columns) {
      if (!same(column, row[column.name], json[index]![column.name])) {
        expect.fail(`${reader}: record ${index} "${column.name}" reads ${String(row[column.name])}, JSON has ${JSON.stringify(json[index]![column.name])}`);
      }
    }
  });
}

describe('writeParquetShard', () => {
  it('writes part files that DuckDB reads as one table of the plan’s types and the JSON records’ values', async () => {
    for (const [name, types] of [
      [
        'order',
        {
          id: 'VARCHAR',
          number: 'VARCHAR',
          customer_id: 'BIGINT',
          product_sku: 'VARCHAR',
          customer_name: 'VARCHAR',
          email: 'VARCHAR',
          quantity: 'BIGINT',
          unit_price: 'DECIMAL(18,2)',
          total: 'DECIMAL(18,2)',
          order_date: 'DATE',
          shipped_at: 'TIMESTAMP WITH TIME ZONE',
          status: 'VARCHAR',
          note: 'VARCHAR',
        },
      ],
      ['customers', { id: 'BIGINT', phone: 'VARCHAR', birth_date: 'DATE', latitude: 'DECIMAL(18,6)', vip: 'BOOLEAN', signed_up_at: 'TIMESTAMP WITH TIME ZONE', external_id: 'VARCHAR' }],
    ] as const) {
      const size = shop.datasets.find((candidate) => candidate.name === name)!.size;
      const parts = await writeParts(shop, name, name === 'order' ? SHARD_CUTS : [0, 1200, size]);
      expect(await duckTypes(parts)).toMatchObject(types);
      const columns = shape(shop, name);
      expectSameRecords(columns, await readFolder(parts, columns), records(shop, name), `DuckDB ${name}`);
    }
  });

  it('writes a schema hyparquet reads as the plan’s logical types, nullable fields optional, and the JSON records’ values', async () => {
    const { data } = await writeParquetShard({ plan: shop, dataset: 'order', offset: 0, count: SHARD_CUTS[1]! });
    const file = data.slice().buffer;
    const metadata = parquetMetadata(file);
    const elements = Object.fromEntries(metadata.schema.slice(1).map((element) => [element.name, element]));
    expect(elements.customer_id).toMatchObject({ type: 'INT64', repetition_type: 'REQUIRED' });
    expect(elements.unit_price).toMatchObject({ type: 'INT64', logical_type: { type: 'DECIMAL', precision: 18, scale: 2 }, repetition_type: 'REQUIRED' });
    expect(elements.order_date).toMatchObject({ type: 'INT32', logical_type: { type: 'DATE' } });
    expect(elements.shipped_at).toMatchObject({ type: 'INT64', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MICROS' }, repetition_type: 'OPTIONAL' });
    expect(elements.note).toMatchObject({ type: 'BYTE_ARRAY', logical_type: { type: 'STRING' }, repetition_type: 'OPTIONAL' });
    expect(metadata.row_groups.map((group) => Number(group.num_rows))).toEqual([25_000, 2000]);
    expect(metadata.created_by).toBe('DataGen');
    const read = await parquetReadObjects({ file, compressors: GUNZIP });
    expectSameRecords(shape(shop, 'order'), read, records(shop, 'order').slice(0, SHARD_CUTS[1]), 'hyparquet order');
  });

  it('writes every generator of the catalogue as the JSON records have it, at level 0 and 10', async () => {
    const catalogue = cataloguePlan(700, GENERATOR_CATALOGUE.map((entry) => entry.name));
    for (const level of [0, 10]) {
      const source = atLevel(catalogue, level);
      const columns = shape(source, 'catalogue');
      if (level === 0) expect(new Set(columns.map((column) => column.kind))).toEqual(new Set(['integer', 'decimal', 'float', 'boolean', 'date', 'timestamp', 'uuid', 'string', 'text']));
      const parts = await writeParts(source, 'catalogue', [0, 300, 700]);
      expectSameRecords(columns, await readFolder(parts, columns), records(source, 'catalogue'), `DuckDB catalogue at level ${level}`);
    }
  });

  it('ends a row group at 8 MiB of record text before 25,000 rows, so wide records stay bounded', async () => {
    const wide = plan([dataset('articles', 10_000, [field('id', 'id.sequence', { primaryKey: true }), ...['lead', 'body', 'aside', 'footer'].map((name) => field(name, 'text.paragraph'))])]);
    const { data } = await writeParquetShard({ plan: wide, dataset: 'articles', offset: 0, count: 0 });
    const groups = parquetMetadata(data.slice().buffer).row_groups.map((group) => Number(group.num_rows));
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.reduce((sum, rows) => sum + rows, 0)).toBe(10_000);
    expect(groups.every((rows) => rows % 1000 === 0 || rows === groups.at(-1))).toBe(true);
    const read = await parquetReadObjects({ file: data.slice().buffer, compressors: GUNZIP });
    expectSameRecords(shape(wide, 'articles'), read, records(wide, 'articles'), 'hyparquet articles');
  });

  it('keeps every digit of a decimal, beyond what a double holds', async () => {
    const amounts = plan([
      dataset('ledger', 3000, [
        field('id', 'id.sequence', { primaryKey: true }),
        field('amount', 'number.decimal', { scale: 2, numericRange: { min: 80_000_000_000_000, max: 90_000_000_000_000, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 } }),
      ]),
    ]);
    const written = [...generate(amounts, 'ledger', { format: OutputFormat.OUTPUT_FORMAT_NDJSON }).toString().matchAll(/"amount":(\d+\.\d\d)/g)].map((match) => match[1]);
    expect(written.some((literal) => Number(literal).toFixed(2) !== literal)).toBe(true);
    const parts = await writeParts(amounts, 'ledger', [0, 1000, 3000]);
    const reader = await connection.runAndReadAll(`SELECT CAST(amount AS VARCHAR) AS amount FROM read_parquet('${parts}/*.parquet', filename = true, file_row_number = true) ORDER BY filename, file_row_number`);
    expect(reader.getColumnsJson()[0]).toEqual(written);
  });

  it('refuses a decimal past 18 digits rather than storing it wrong', async () => {
    const huge = plan([
      dataset('ledger', 200, [
        field('id', 'id.sequence', { primaryKey: true }),
        field('amount', 'number.decimal', { scale: 2, numericRange: { min: 80_000_000_000_000, max: 90_000_000_000_000, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 } }),
      ]),
    ]);
    // An outlier a thousand times the value: 20 digits.
    await expect(writeParquetShard({ plan: huge, dataset: 'ledger', offset: 0, count: 0, defectRates: { outlier: 1 } })).rejects.toThrow(/Column "amount" \(decimal\) cannot hold the written value \d{17}/);
  });

  it('writes a messy level: text where the table shape says text, every column but keys optional, the same defects and checks as JSON', async () => {
    for (const level of [8, 10]) {
      const messy = atLevel(shopPlan({ customers: 1500, products: 150, orders: 3000 }, 7), level);
      for (const name of ['customers', 'order']) {
        const columns = shape(messy, name);
        const size = messy.datasets.find((candidate) => candidate.name === name)!.size;
        const shards = [await writeParquetShard({ plan: messy, dataset: name, offset: 0, count: 1000 }), await writeParquetShard({ plan: messy, dataset: name, offset: 1000, count: size - 1000 })];
        const parts = join(folder, `${name}-${level}`);
        mkdirSync(parts);
        shards.forEach((shard, part) => writeFileSync(join(parts, `part-${part}.parquet`), shard.data));

        const types = await duckTypes(parts);
        for (const column of columns) if (column.kind === 'text') expect(types[column.name], `${name}.${column.name} at level ${level}`).toBe('VARCHAR');
        if (level === 10) expect(columns.filter((column) => column.kind === 'text').length).toBeGreaterThan(columns.filter((column) => column.kind === 'string').length);
        const elements = parquetMetadata(shards[0]!.data.slice().buffer).schema.slice(1);
        expect(elements.map((element) => element.repetition_type)).toEqual(columns.map((column) => (column.nullable ? 'OPTIONAL' : 'REQUIRED')));
        expectSameRecords(columns, await readFolder(parts, columns), records(messy, name), `DuckDB ${name} at level ${level}`);

        const json = run(messy, name);
        const sum = (counts: readonly Record<string, number>[]) =>
          counts.reduce<Record<string, number>>((total, one) => Object.fromEntries([...new Set([...Object.keys(total), ...Object.keys(one)])].map((key) => [key, (total[key] ?? 0) + (one[key] ?? 0)])), {});
        expect(sum(shards.map((shard) => shard.defectCounts))).toEqual(json.defects);
        expect(sum(shards.map((shard) => ({ ...shard.checks })))).toEqual(json.checks);
      }
    }
  });

  it('gives the same bytes for the same request', async () => {
    const request = { plan: atLevel(shop, 6), dataset: 'order', offset: 4000, count: 3000 };
    const first = await writeParquetShard(request);
    const again = await writeParquetShard({ ...request, plan: atLevel(shopPlan(SIZES, 7), 6) });
    expect(Buffer.from(again.data).equals(first.data)).toBe(true);
  });

  it('writes a nullable formula as optional', async () => {
    const priced = plan([
      dataset('lines', 500, [
        field('quantity', 'number.integer', { numericRange: { min: 1, max: 5, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 } }),
        field('price', 'commerce.price', { scale: 2, nullable: true, nullRate: 0.3 }),
        field('total', 'formula', { scale: 2, formula: { operator: FormulaOperator.FORMULA_OPERATOR_PRODUCT, operands: ['quantity', 'price'], asOf: '' } }),
      ]),
    ]);
    const parts = await writeParts(priced, 'lines', [0, 500]);
    const columns = shape(priced, 'lines');
    expect(columns.find((column) => column.name === 'total')?.nullable).toBe(true);
    const read = await readFolder(parts, columns);
    expect(read.some((row) => row.total === null)).toBe(true);
    expectSameRecords(columns, read, records(priced, 'lines'), 'DuckDB lines');
  });

  it('stops once its signal aborts', async () => {
    await expect(writeParquetShard({ plan: shop, dataset: 'order', offset: 0, count: 0 }, AbortSignal.abort())).rejects.toThrow(/abort/i);
  });
});
