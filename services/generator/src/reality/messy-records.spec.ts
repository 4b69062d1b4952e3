import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Content, Embedding, OutputFormat, SqlDialect } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { openRecordStream } from '../engine/record-stream.js';
import { atLevel, generate, manifest, records, run, shopPlan, type GenerateOptions, type ManifestEntry } from '../../../../test/engine/plans.js';

const SIZES = { customers: 900, products: 200, orders: 1500 };
const clean = shopPlan(SIZES, 11);
const messy = atLevel(clean, 10);
const NAMES = clean.datasets.map((dataset) => dataset.name);

const FORMATS: GenerateOptions[] = [
  { format: OutputFormat.OUTPUT_FORMAT_JSON },
  { format: OutputFormat.OUTPUT_FORMAT_NDJSON },
  { format: OutputFormat.OUTPUT_FORMAT_CSV },
  ...[SqlDialect.SQL_DIALECT_POSTGRES, SqlDialect.SQL_DIALECT_MYSQL, SqlDialect.SQL_DIALECT_SQLITE].map((sqlDialect) => ({ format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect })),
];

// Fixed, uneven shard layouts: cut points and a batch size per layout.
const LAYOUTS = [
  { cuts: [0, 1, 333, 334, 1000], batchSize: 7 },
  { cuts: [0, 499, 500, 1217], batchSize: 250 },
  { cuts: [0, 60, 899], batchSize: 1000 },
];

function sharded(plan: Plan, dataset: string, options: GenerateOptions, layout: (typeof LAYOUTS)[number]): Buffer {
  const size = plan.datasets.find((candidate) => candidate.name === dataset)!.size;
  const cuts = [...layout.cuts.filter((cut) => cut < size), size];
  return Buffer.concat(cuts.slice(1).map((end, position) => generate(plan, dataset, { ...options, batchSize: layout.batchSize, offset: cuts[position]!, count: end - cuts[position]! })));
}

function restore(rows: Record<string, unknown>[], entries: readonly ManifestEntry[]): Record<string, unknown>[] {
  for (const entry of entries) {
    if (entry.column === null) rows[entry.index] = entry.clean as Record<string, unknown>;
    else rows[entry.index]![entry.column] = entry.clean;
  }
  return rows;
}

describe('messy records at level 10', () => {
  it('gives the same bytes for the same request, and shards concatenate to the whole, in every format', () => {
    for (const dataset of NAMES) {
      for (const options of [...FORMATS, { format: OutputFormat.OUTPUT_FORMAT_CSV, embedding: Embedding.EMBEDDING_JSON_STRING }]) {
        const whole = generate(messy, dataset, options);
        expect(generate(atLevel(shopPlan(SIZES, 11), 10), dataset, options).equals(whole)).toBe(true);
        expect(whole.equals(generate(clean, dataset, options)), `${dataset} is messy`).toBe(false);
        for (const layout of LAYOUTS) expect(sharded(messy, dataset, options, layout).equals(whole), `${dataset} ${JSON.stringify(options)} ${layout.cuts}`).toBe(true);
      }
    }
  });

  it('restores the level-0 records exactly from a manifest streamed in shards', () => {
    for (const dataset of NAMES) {
      const layout = LAYOUTS[0]!;
      const rows = JSON.parse(sharded(messy, dataset, { format: OutputFormat.OUTPUT_FORMAT_JSON }, layout).toString()) as Record<string, unknown>[];
      const lines = sharded(messy, dataset, { content: Content.CONTENT_DEFECT_MANIFEST }, layout).toString();
      expect(lines).toBe(generate(messy, dataset, { content: Content.CONTENT_DEFECT_MANIFEST }).toString());
      const entries = lines.trimEnd().split('\n').map((line) => JSON.parse(line) as ManifestEntry);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.map((entry) => entry.index)).toEqual([...entries.map((entry) => entry.index)].sort((a, b) => a - b));
      expect(restore(rows, entries)).toEqual(records(clean, dataset));
    }
  });

  it('sends a manifest batch for every records batch, an empty one where nothing is broken', () => {
    for (const plan of [clean, messy]) {
      const stream = openRecordStream({ plan, dataset: 'products', offset: 10, count: 150, format: OutputFormat.OUTPUT_FORMAT_CSV, sqlDialect: 0, embedding: 0, batchSize: 40, content: Content.CONTENT_DEFECT_MANIFEST });
      const batches = [];
      for (let next = stream.next(); !next.done; next = stream.next()) batches.push(next.value);
      expect(batches.map((batch) => [batch.offset, batch.count])).toEqual([[10, 40], [50, 40], [90, 40], [130, 30]]);
      expect(batches.every((batch) => batch.data.length === 0)).toBe(plan === clean);
    }
  });

  it('counts the defects the manifest lists, the same in every format', () => {
    for (const dataset of NAMES) {
      const listed: Record<string, number> = {};
      for (const entry of manifest(messy, dataset)) listed[entry.kind] = (listed[entry.kind] ?? 0) + 1;
      for (const options of FORMATS) expect(run(messy, dataset, options).defects, JSON.stringify(options)).toEqual(listed);
    }
  });

  it('keeps primary keys unique outside duplicate rows, and duplicates only in datasets nothing references', () => {
    for (const dataset of NAMES) {
      const field = clean.datasets.find((candidate) => candidate.name === dataset)!.fields.find((candidate) => candidate.primaryKey)!;
      const duplicates = new Set(manifest(messy, dataset).filter((entry) => entry.kind === 'duplicate_row').map((entry) => entry.index));
      const keys = records(messy, dataset).filter((_, index) => !duplicates.has(index)).map((row) => row[field.name]);
      expect(new Set(keys).size, dataset).toBe(keys.length);
      expect(duplicates.size > 0, dataset).toBe(dataset === 'order');
    }
  });

  it('writes orphan references only at levels 9-10, each labelled or copied with its row', () => {
    for (let level = 0; level <= 10; level++) {
      const plan = atLevel(clean, level);
      const customers = new Set(records(plan, 'customers').map((row) => row.id));
      const skus = new Set(records(plan, 'products').map((row) => row.sku));
      const entries = manifest(plan, 'order');
      const explained = new Set(entries.map((entry) => `${entry.index}/${entry.kind === 'orphan_reference' ? entry.column : 'row'}`));
      let orphans = 0;
      records(plan, 'order').forEach((order, index) => {
        for (const [column, keys] of [['customer_id', customers], ['product_sku', skus]] as const) {
          const value = order[column];
          if (value === null || keys.has(value)) continue;
          orphans++;
          expect(explained.has(`${index}/${column}`) || explained.has(`${index}/row`), `level ${level} order ${index}`).toBe(true);
        }
      });
      expect(orphans > 0, `level ${level}: ${orphans} orphans`).toBe(level >= 9);
      expect(run(plan, 'order').checks.orphanReferences).toBe(orphans);
    }
  });

  it('reports checks that match the records written', () => {
    for (const dataset of NAMES) {
      const fields = clean.datasets.find((candidate) => candidate.name === dataset)!.fields;
      const rows = records(messy, dataset);
      const { checks, defects } = run(messy, dataset);
      const values = rows.flatMap((row) => Object.values(row));
      const references = fields.filter((field) => field.foreignKey !== undefined).map((field) => field.name);
      const required = fields.filter((field) => !field.nullable).map((field) => field.name);
      expect(checks.values).toBe(values.length);
      expect(checks.requiredValues).toBe(rows.length * required.length);
      expect(checks.missingValues).toBe(rows.flatMap((row) => required.map((name) => row[name])).filter((value) => value === null || value === '').length);
      expect(checks.references).toBe(rows.flatMap((row) => references.map((name) => row[name])).filter((value) => value !== null).length);
      expect(checks.duplicateKeys).toBe(defects.duplicate_row ?? 0);
      expect(checks.typeMismatches).toBe(mismatches(rows, fields.map((field) => [field.name, typeOf(records(clean, dataset), field.name)] as const)));
    }
  });

  it('drops UNIQUE with the primary key that duplicate rows repeat, so SQL still loads', () => {
    const plan = atLevel(shopPlan(SIZES, 11), 10);
    const order = plan.datasets.find((candidate) => candidate.name === 'order')!;
    order.fields[0] = { ...order.fields[0]!, unique: true };
    expect(run(plan, 'order').checks.duplicateKeys).toBeGreaterThan(0);
    const database = new Database(':memory:');
    for (const dataset of NAMES) database.exec(generate(plan, dataset, { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_SQLITE }).toString());
    expect(database.prepare('SELECT COUNT(*) AS n FROM "order"').get()).toEqual({ n: SIZES.orders });
    database.close();
  });

  it('writes CSV that parses back to the JSON values', () => {
    for (const dataset of NAMES) {
      const csv = generate(messy, dataset, { format: OutputFormat.OUTPUT_FORMAT_CSV }).toString();
      // Quoted cells are text; unquoted ones are null when empty, else numbers or booleans.
      const rows = parse(csv, {
        columns: true,
        record_delimiter: '\r\n',
        cast: (cell, context) => (context.header || context.quoting ? cell : cell === '' ? null : cell === 'true' ? true : cell === 'false' ? false : Number(cell)),
      }) as Record<string, unknown>[];
      expect(rows).toEqual(records(messy, dataset));
    }
  });
});

const FORMS: Readonly<Record<string, RegExp>> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
};

// The JSON type each column has when clean: "number", "boolean", or the form of its text.
function typeOf(rows: Record<string, unknown>[], name: string): string {
  const value = rows.map((row) => row[name]).find((candidate) => candidate !== null);
  if (typeof value !== 'string') return typeof value;
  return Object.keys(FORMS).find((form) => FORMS[form]!.test(value)) ?? 'text';
}

function mismatches(rows: Record<string, unknown>[], types: readonly (readonly [string, string])[]): number {
  let count = 0;
  for (const row of rows) {
    for (const [name, type] of types) {
      const value = row[name];
      if (value === null || value === '' || type === 'text') continue;
      if (FORMS[type] !== undefined) count += typeof value === 'string' && FORMS[type]!.test(value) ? 0 : 1;
      else count += typeof value === type ? 0 : 1;
    }
  }
  return count;
}
