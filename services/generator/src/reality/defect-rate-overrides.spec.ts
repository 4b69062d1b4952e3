import { describe, expect, it } from 'vitest';
import { OutputFormat, SqlDialect } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { GENERATOR_CATALOGUE } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { atLevel, cataloguePlan, generate, manifest, records, run, shopPlan } from '../../../../test/engine/plans.js';

// A request's defect_rates replace the level's rates for the kinds it names, at any level.
const SIZE = 4000;
const catalogue = cataloguePlan(SIZE, GENERATOR_CATALOGUE.map((entry) => entry.name));
// Every field of the catalogue dataset but its primary key can take a null.
const nullable = catalogue.datasets[1]!.fields.filter((field) => !field.primaryKey).length;

describe('defect rates set by the request', () => {
  it('injects exactly the kinds named, at their rate, even at level 0', () => {
    const { defects } = run(catalogue, 'catalogue', { defectRates: { null: 0.2 } });
    expect(Object.keys(defects)).toEqual(['null']);
    expect(defects.null! / (SIZE * nullable)).toBeCloseTo(0.2, 2);
  });

  it("replaces a level's rate, upwards or down to none", () => {
    const level6 = atLevel(catalogue, 6);
    expect(run(level6, 'catalogue', { defectRates: { typo: 0 } }).defects.typo).toBeUndefined();
    const typos = run(level6, 'catalogue').defects.typo!;
    expect(run(level6, 'catalogue', { defectRates: { typo: 0.2 } }).defects.typo!).toBeGreaterThan(typos * 10);
    // The other kinds keep the level's rate and are the same defects.
    expect(run(level6, 'catalogue', { defectRates: { typo: 0.2 } }).defects.null).toBe(run(level6, 'catalogue').defects.null);
  });

  it('gives each value one defect at most, scaling rates that add up to more than 1', () => {
    const { defects } = run(catalogue, 'catalogue', { defectRates: { null: 0.9, empty_string: 0.9 } });
    // Text fields can take both kinds: each gets half of their values. The others take nulls only.
    const texts = catalogue.datasets[1]!.fields.filter((field) => {
      const kind = GENERATOR_CATALOGUE.find((entry) => entry.name === field.generator)?.kind;
      return !field.primaryKey && field.foreignKey === undefined && (kind === 'string' || kind === 'text');
    }).length;
    expect(defects.empty_string! / (SIZE * texts)).toBeCloseTo(0.5, 1);
    expect(defects.null! / SIZE).toBeCloseTo(0.5 * texts + 0.9 * (nullable - texts), 0);
  });

  it('writes typed values in other formats when format_variant is set, and SQL gives up their types', () => {
    const shop = shopPlan({ customers: 300, products: 80, orders: 400 });
    expect(run(shop, 'order', { defectRates: { format_variant: 0.2 } }).checks.typeMismatches).toBeGreaterThan(0);
    const sql = generate(shop, 'order', { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_POSTGRES, defectRates: { format_variant: 0.2 } }).toString();
    expect(sql).toMatch(/"quantity" TEXT/);
    expect(sql).toMatch(/Reality level 0 with the defect_rates of the request/);
  });

  it('gives the same bytes and manifest for the same rates, shard by shard', () => {
    const shop = atLevel(shopPlan({ customers: 300, products: 80, orders: 400 }), 4);
    const defectRates = { null: 0.1, duplicate_row: 0.05, typo: 0.05 };
    const whole = generate(shop, 'order', { defectRates });
    const shards = Buffer.concat([generate(shop, 'order', { defectRates, count: 150 }), generate(shop, 'order', { defectRates, offset: 150 })]);
    expect(shards.equals(whole)).toBe(true);
    const rows = JSON.parse(whole.toString()) as Record<string, unknown>[];
    for (const entry of manifest(shop, 'order', { defectRates })) {
      if (entry.column === null) rows[entry.index] = entry.clean as Record<string, unknown>;
      else rows[entry.index]![entry.column] = entry.clean;
    }
    expect(rows).toEqual(records(atLevel(shop, 0), 'order'));
  });
});
