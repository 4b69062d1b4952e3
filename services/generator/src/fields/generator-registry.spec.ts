import { describe, expect, it } from 'vitest';
import { OutputFormat } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { GENERATOR_CATALOGUE, type ValueKind } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { cataloguePlan, generate, records } from '../../../../test/engine/plans.js';

const SHAPES: Record<ValueKind, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string' && value.length > 0,
  text: (value) => typeof value === 'string' && value.length > 0,
  integer: (value) => Number.isSafeInteger(value),
  decimal: (value) => typeof value === 'number' && Number.isFinite(value),
  float: (value) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value) => typeof value === 'boolean',
  date: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value),
  timestamp: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value),
  uuid: (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(value),
};

describe('the generator catalogue', () => {
  const catalogue = cataloguePlan(300, GENERATOR_CATALOGUE.map((entry) => entry.name));

  it('implements every generator with values of its kind', () => {
    const rows = records(catalogue, 'catalogue');
    for (const entry of GENERATOR_CATALOGUE) {
      const column = entry.name.replace(/\W/g, '_');
      const kind = entry.name === 'reference' ? 'string' : entry.kind;
      for (const row of rows) expect(SHAPES[kind](row[column]), `${entry.name}: ${JSON.stringify(row[column])}`).toBe(true);
      // One value by design: the country of an address and the currency are the locale's.
      if (!['boolean', 'address.country', 'finance.currency_code', 'person.gender', 'enum', 'formula'].includes(entry.name)) {
        expect(new Set(rows.map((row) => row[column])).size, entry.name).toBeGreaterThan(5);
      }
    }
  });

  it('writes every generator in every format', () => {
    for (const format of [OutputFormat.OUTPUT_FORMAT_NDJSON, OutputFormat.OUTPUT_FORMAT_CSV, OutputFormat.OUTPUT_FORMAT_SQL]) {
      expect(generate(catalogue, 'catalogue', { format }).length).toBeGreaterThan(10_000);
    }
  });

  it('makes IBANs with valid check digits', () => {
    for (const row of records(catalogue, 'catalogue')) {
      const iban = String(row.finance_iban);
      const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
      expect(BigInt(digits) % 97n).toBe(1n);
    }
  });
});
