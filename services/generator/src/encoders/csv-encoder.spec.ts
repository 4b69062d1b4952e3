import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OutputFormat } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { generate, records, shopPlan } from '../../../../test/engine/plans.js';

const shop = shopPlan({ customers: 400, products: 120, orders: 600 }, 5);

// The CSV cell read back as the JSON value it must equal: empty is null, numbers compare as
// numbers (12.50 in CSV is 12.5 once parsed from JSON).
function asJson(cell: string, like: unknown): unknown {
  if (like === null) return cell === '' ? null : cell;
  return typeof like === 'number' ? Number(cell) : typeof like === 'boolean' ? cell === 'true' : cell;
}

describe('CSV encoder', () => {
  it('parses with csv-parse into exactly the JSON records', () => {
    for (const candidate of shop.datasets) {
      const csv = generate(shop, candidate.name, { format: OutputFormat.OUTPUT_FORMAT_CSV }).toString();
      const rows = parse(csv, { columns: true, record_delimiter: '\r\n', relax_quotes: false }) as Record<string, string>[];
      const json = records(shop, candidate.name);
      expect(rows).toHaveLength(json.length);
      rows.forEach((row, index) => {
        const expected = json[index]!;
        expect(Object.keys(row)).toEqual(Object.keys(expected));
        expect(Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, asJson(cell, expected[key])]))).toEqual(expected);
      });
    }
  });

  it('quotes text so an empty string stays apart from null', () => {
    const csv = generate(shop, 'order', { format: OutputFormat.OUTPUT_FORMAT_CSV }).toString();
    const cells = parse(csv, { columns: true, cast: (value, context) => (context.quoting ? value : value === '' ? null : value) }) as Record<string, unknown>[];
    const json = records(shop, 'order');
    cells.forEach((row, index) => expect(row.note).toBe(json[index]!.note));
  });
});
