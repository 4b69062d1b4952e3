import { describe, expect, it } from 'vitest';
import { Embedding, OutputFormat, SqlDialect } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { dataset, field, generate, plan, shopPlan } from '../../../../test/engine/plans.js';
import { openRecordStream } from './record-stream.js';

const FORMATS = [OutputFormat.OUTPUT_FORMAT_JSON, OutputFormat.OUTPUT_FORMAT_NDJSON, OutputFormat.OUTPUT_FORMAT_CSV, OutputFormat.OUTPUT_FORMAT_SQL];
const DIALECTS = [SqlDialect.SQL_DIALECT_POSTGRES, SqlDialect.SQL_DIALECT_MYSQL, SqlDialect.SQL_DIALECT_SQLITE];
const EMBEDDINGS = [Embedding.EMBEDDING_RAW, Embedding.EMBEDDING_JSON_STRING];
const shop = shopPlan({ customers: 700, products: 150, orders: 1203 });

// A small deterministic source of shard layouts, so a failure names a reproducible case.
function layouts(seed: number, size: number): { cuts: number[]; batchSize: number }[] {
  let state = seed;
  const next = (limit: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % limit;
  };
  return Array.from({ length: 6 }, () => {
    const cuts = [0];
    while (cuts.at(-1)! < size) cuts.push(Math.min(size, cuts.at(-1)! + 1 + next(Math.max(1, Math.floor(size / 3)))));
    return { cuts, batchSize: 1 + next(700) };
  });
}

describe('openRecordStream', () => {
  it('gives the same bytes for the same request', () => {
    for (const format of FORMATS) {
      const again = generate(shopPlan({ customers: 700, products: 150, orders: 1203 }), 'order', { format });
      expect(generate(shop, 'order', { format }).equals(again)).toBe(true);
    }
  });

  it('changes the data with the seed', () => {
    const first = generate(shopPlan({ customers: 10, products: 10, orders: 10 }, 1), 'customers');
    expect(first.equals(generate(shopPlan({ customers: 10, products: 10, orders: 10 }, 2), 'customers'))).toBe(false);
  });

  it('concatenates any shards and batch sizes into the whole document, in every format and embedding', () => {
    for (const name of ['customers', 'order']) {
      const size = shop.datasets.find((candidate) => candidate.name === name)!.size;
      for (const format of FORMATS) {
        for (const sqlDialect of format === OutputFormat.OUTPUT_FORMAT_SQL ? DIALECTS : [SqlDialect.SQL_DIALECT_UNSPECIFIED]) {
          for (const embedding of EMBEDDINGS) {
            const whole = generate(shop, name, { format, sqlDialect, embedding });
            for (const { cuts, batchSize } of layouts(size + format * 7 + embedding, size)) {
              const shards = cuts.slice(1).map((end, position) => generate(shop, name, { format, sqlDialect, embedding, batchSize, offset: cuts[position]!, count: end - cuts[position]! }));
              expect(Buffer.concat(shards).equals(whole), `${name} format ${format} dialect ${sqlDialect} embedding ${embedding} cuts ${cuts.join(',')}`).toBe(true);
            }
          }
        }
      }
    }
  });

  it('closes a preview of the first records like a whole dataset, with the records the whole one starts with', () => {
    const whole = JSON.parse(generate(shop, 'order').toString()) as unknown[];
    const preview = JSON.parse(generate(shop, 'order', { count: 20, outputEnd: 20 }).toString()) as unknown[];
    expect(preview).toEqual(whole.slice(0, 20));
    expect(() => generate(shop, 'order', { count: 20, outputEnd: 10 })).toThrow('The output end 10 must be from the range\'s end (20) to the size of dataset "order" (1203).');
  });

  it('embeds as the inside of a JSON string', () => {
    for (const format of FORMATS) {
      const raw = generate(shop, 'order', { format }).toString();
      const embedded = generate(shop, 'order', { format, embedding: Embedding.EMBEDDING_JSON_STRING }).toString();
      expect(JSON.parse(`"${embedded}"`)).toBe(raw);
    }
  });

  it('writes JSON objects with exactly the columns, in column order', () => {
    for (const candidate of shop.datasets) {
      const rows = JSON.parse(generate(shop, candidate.name).toString()) as object[];
      expect(rows).toHaveLength(candidate.size);
      for (const row of rows) expect(Object.keys(row)).toEqual(candidate.fields.map((column) => column.name));
      const lines = generate(shop, candidate.name, { format: OutputFormat.OUTPUT_FORMAT_NDJSON }).toString().split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.map((line) => JSON.parse(line))).toEqual(rows);
    }
  });

  it('reports batches by offset and count, cut by the batch size', () => {
    const stream = openRecordStream({
      plan: shop,
      dataset: 'customers',
      offset: 100,
      count: 250,
      format: OutputFormat.OUTPUT_FORMAT_CSV,
      sqlDialect: SqlDialect.SQL_DIALECT_UNSPECIFIED,
      embedding: Embedding.EMBEDDING_UNSPECIFIED,
      batchSize: 100,
    });
    const batches = [];
    for (let next = stream.next(); !next.done; next = stream.next()) batches.push([next.value.offset, next.value.count]);
    expect(batches).toEqual([[100, 100], [200, 100], [300, 50]]);
  });

  it('writes a complete document for an empty dataset', () => {
    const empty = plan([dataset('user', 0, [field('id', 'id.sequence', { primaryKey: true }), field('name', 'person.full_name')])]);
    expect(generate(empty, 'user').toString()).toBe('[]');
    expect(generate(empty, 'user', { format: OutputFormat.OUTPUT_FORMAT_NDJSON }).toString()).toBe('');
    expect(generate(empty, 'user', { format: OutputFormat.OUTPUT_FORMAT_CSV }).toString()).toBe('id,name\r\n');
    expect(generate(empty, 'user', { format: OutputFormat.OUTPUT_FORMAT_SQL }).toString()).toBe(
      'CREATE TABLE "user" (\n  "id" BIGINT NOT NULL,\n  "name" TEXT NOT NULL,\n  PRIMARY KEY ("id")\n);\n',
    );
  });

  it('accepts wire values: null messages, string int64 and enum names', () => {
    const wire = structuredClone(shopPlan({ customers: 5, products: 5, orders: 5 })) as unknown as Record<string, unknown>;
    wire.seed = '42';
    const datasets = wire.datasets as Record<string, unknown>[];
    datasets[0]!.size = '5';
    for (const column of datasets[0]!.fields as Record<string, unknown>[]) {
      column.formula ??= null;
      column.numericRange ??= null;
      column.type = 'LOGICAL_TYPE_UNSPECIFIED';
    }
    const request = {
      plan: wire,
      dataset: 'customers',
      offset: '0',
      count: '0',
      format: 'OUTPUT_FORMAT_CSV',
      sqlDialect: 'SQL_DIALECT_UNSPECIFIED',
      embedding: 'EMBEDDING_RAW',
      batchSize: 0,
    } as unknown as Parameters<typeof openRecordStream>[0];
    const batch = openRecordStream(request).next();
    expect(batch.done).toBe(false);
    expect(batch.value!.data.toString()).toBe(generate(shopPlan({ customers: 5, products: 5, orders: 5 }), 'customers', { format: OutputFormat.OUTPUT_FORMAT_CSV }).toString());
  });
});
