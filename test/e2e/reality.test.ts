import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import type { MeasuredCounts } from '../support/output-checks.js';
import { startTestStack } from '../support/start-test-stack.js';

// Reality levels through POST /api/generate: deterministic messiness, labelled by a manifest
// that restores the clean data exactly, counted in metadata and scored by validation; the
// share of cells each level changes (the README's table); rates a request sets itself.
const REQUEST = {
  prompt: 'E-commerce platform with customers, products and orders',
  datasets: 3,
  dataset_size: 1500,
  seed: 4242,
  output_format: 'json',
};

type Row = Record<string, unknown>;
interface Defect {
  index: number;
  column: string | null;
  kind: string;
  clean: unknown;
}
interface Envelope {
  datasets: Record<string, { columns: string[]; content: Row[]; defects?: Defect[] }>;
  metadata: {
    reality_level: number;
    defect_rates: Record<string, number>;
    defects: { total: number; by_kind: Record<string, number>; by_dataset: Record<string, Record<string, number>> };
    validation: { validation_status: string; validation_score: number; checks: Record<string, number>; counts: MeasuredCounts };
  };
}

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

async function post(body: Record<string, unknown>): Promise<Response> {
  return fetch(`${stack.url}/api/generate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

async function generate(body: Record<string, unknown>): Promise<{ text: string; json: Envelope }> {
  const response = await post(body);
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, json: JSON.parse(text) as Envelope };
}

// By dataset and column, how many values differ from the clean ones: the same seed writes the
// same records at level 0, and reality only changes values, never the records' order.
function changedCells(messy: Envelope, clean: Envelope): { cells: number; changed: number; becameNull: number } {
  let cells = 0;
  let changed = 0;
  let becameNull = 0;
  for (const [name, dataset] of Object.entries(messy.datasets)) {
    const cleanRows = clean.datasets[name]!.content;
    dataset.content.forEach((row, index) => {
      for (const column of dataset.columns) {
        cells++;
        const value = row[column];
        if (JSON.stringify(value) === JSON.stringify(cleanRows[index]![column])) continue;
        changed++;
        if (value === null) becameNull++;
      }
    });
  }
  return { cells, changed, becameNull };
}

const scoreOf = (counts: MeasuredCounts) => Math.round((1 - counts.failing_records / counts.records) * 100) / 10;

const contentsOf = (text: string) => text.slice(0, text.indexOf(',"metadata":'));

describe('reality levels', () => {
  it('level 0 is clean: no defects counted and a perfect validation score', async () => {
    const { json } = await generate({ ...REQUEST, reality: 0 });
    expect(json.metadata.defects.total).toBe(0);
    expect(json.metadata.defect_rates).toEqual({});
    expect(json.metadata.validation.validation_score).toBe(10);
    expect(Object.values(json.metadata.validation.checks)).toEqual([1, 1, 1, 1]);
    expect(json.metadata.validation.counts).toMatchObject({ records: 4500, failing_records: 0, type_mismatches: 0, duplicate_keys: 0, orphan_references: 0, missing_values: 0 });
  });

  it('level 10 gives the same messy bytes for the same seed, counts its defects and scores lower', async () => {
    const first = await generate({ ...REQUEST, reality: 10 });
    const second = await generate({ ...REQUEST, reality: 10 });
    expect(contentsOf(second.text)).toBe(contentsOf(first.text));
    const { defects, validation } = first.json.metadata;
    expect(defects.total).toBeGreaterThan(100);
    expect(Object.keys(defects.by_kind).length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(defects.by_dataset)).toEqual(['customers', 'products', 'orders']);
    expect(validation.validation_score).toBe(scoreOf(validation.counts));
    expect(validation.validation_score).toBeLessThanOrEqual(8);
  });

  it('restores the level-0 records exactly by applying the manifest to level 10', async () => {
    const clean = (await generate({ ...REQUEST, reality: 0 })).json;
    const messy = (await generate({ ...REQUEST, reality: 10, include_defects: true })).json;
    for (const [name, dataset] of Object.entries(messy.datasets)) {
      expect(dataset.defects!.length).toBe(messy.metadata.defects.by_dataset[name] ? Object.values(messy.metadata.defects.by_dataset[name]).reduce((a, b) => a + b, 0) : 0);
      const rows = dataset.content;
      for (const defect of dataset.defects!) {
        if (defect.column === null) rows[defect.index] = defect.clean as Row;
        else rows[defect.index][defect.column] = defect.clean;
      }
      expect(JSON.stringify(rows)).toBe(JSON.stringify(clean.datasets[name].content));
    }
  });

  it('streams the manifest after each dataset in NDJSON too', async () => {
    const response = await fetch(`${stack.url}/api/generate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
      body: JSON.stringify({ ...REQUEST, datasets: 1, prompt: 'customers', reality: 9, include_defects: true }),
    });
    const lines = (await response.text()).trimEnd().split('\n').map((line) => JSON.parse(line) as Row);
    const marker = lines.findIndex((line) => line._defects === 'customers');
    expect(marker).toBe(1 + 1500);
    const entries = lines.slice(marker + 1, -1) as unknown as Defect[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => Number.isInteger(entry.index) && typeof entry.kind === 'string')).toBe(true);
    expect(lines.at(-1)).toMatchObject({ _metadata: { defects: { total: entries.length } } });
  });
});

describe('the share of cells each level changes', () => {
  const BANDS: readonly (readonly [levels: number[], atLeast: number, below: number])[] = [
    [[0, 1, 2], 0, Number.MIN_VALUE],
    [[3, 4, 5], 0.001, 0.02],
    [[6, 7, 8], 0.02, 0.08],
    [[9], 0.07, 1],
    [[10], 0.1, 1],
  ];

  it("stays within the README's bands, rises with the level, and the score falls", async () => {
    const clean = (await generate({ ...REQUEST, reality: 0 })).json;
    const shares: number[] = [];
    const scores: number[] = [];
    for (let level = 0; level <= 10; level++) {
      const messy = (await generate({ ...REQUEST, reality: level })).json;
      const { cells, changed } = changedCells(messy, clean);
      shares.push(changed / cells);
      scores.push(messy.metadata.validation.validation_score);
    }
    for (const [levels, atLeast, below] of BANDS) {
      for (const level of levels) {
        expect(shares[level], `level ${level}: ${shares.map((share) => share.toFixed(4)).join(' ')}`).toBeGreaterThanOrEqual(atLeast);
        expect(shares[level], `level ${level}`).toBeLessThan(below);
      }
    }
    shares.slice(1).forEach((share, level) => expect(share, `level ${level + 1} against ${level}`).toBeGreaterThanOrEqual(shares[level]!));
    scores.slice(1).forEach((score, level) => expect(score, `score at ${level + 1}: ${scores.join(' ')}`).toBeLessThanOrEqual(scores[level]!));
    // The document's example: 9 at level 3.
    expect(Math.abs(scores[3]! - 9)).toBeLessThanOrEqual(0.3);
  });

  it('makes nulls the largest kind at level 10, in the manifest and in the cells', async () => {
    const clean = (await generate({ ...REQUEST, reality: 0 })).json;
    const messy = (await generate({ ...REQUEST, reality: 10, include_defects: true })).json;
    const byKind = messy.metadata.defects.by_kind;
    const [largest, ...others] = Object.entries(byKind).sort(([, a], [, b]) => b - a);
    expect(largest![0]).toBe('null');
    expect(largest![1]).toBeGreaterThan(others[0]![1] * 1.5);
    const { becameNull } = changedCells(messy, clean);
    // Rows copied from another record bring that record's nulls along: at least as many.
    expect(becameNull).toBeGreaterThanOrEqual(byKind.null!);
  });
});

describe('defect_rates', () => {
  const CUSTOMERS = { prompt: 'customers', datasets: 1, dataset_size: 4000, seed: 99 };

  it('sets the rate of the kinds it names, even at level 0, measurably in the output and echoed in metadata', async () => {
    const clean = (await generate({ ...CUSTOMERS, reality: 0 })).json;
    const first = await generate({ ...CUSTOMERS, reality: 0, defect_rates: { typo: 0.05, null: 0.2 } });
    const again = await generate({ ...CUSTOMERS, reality: 0, defect_rates: { typo: 0.05, null: 0.2 } });
    expect(contentsOf(again.text)).toBe(contentsOf(first.text));
    const messy = first.json;
    expect(messy.metadata.defect_rates).toEqual({ null: 0.2, typo: 0.05 });
    expect(Object.keys(messy.metadata.defects.by_kind).sort()).toEqual(['null', 'typo']);
    const dataset = messy.datasets.customers!;
    const cleanRows = clean.datasets.customers!.content;
    // Every field but the primary key may take a null; the text ones a typo too.
    const open = dataset.columns.filter((column) => column !== 'id');
    const texts = open.filter((column) => typeof cleanRows[0]![column] === 'string');
    let nulls = 0;
    let typos = 0;
    dataset.content.forEach((row, index) => {
      for (const column of open) {
        const value = row[column];
        const before = cleanRows[index]![column];
        if (value === null && before !== null) nulls++;
        else if (value !== before) {
          expect(typeof value, column).toBe('string');
          typos++;
        }
      }
    });
    expect(nulls / (open.length * 4000)).toBeCloseTo(0.2, 1);
    expect(Math.abs(typos / (texts.length * 4000) - 0.05)).toBeLessThan(0.01);
    expect(messy.metadata.defects.by_kind).toEqual({ null: nulls, typo: typos });
  });

  it('lowers a level too: no nulls at level 10 when their rate is 0', async () => {
    const { json } = await generate({ ...REQUEST, reality: 10, defect_rates: { null: 0 } });
    expect(json.metadata.defects.by_kind.null).toBeUndefined();
    expect(json.metadata.defects.by_kind.typo).toBeGreaterThan(0);
  });

  it.each([
    [{ nul: 0.2 }, ['Unknown defect kind "nul" in defect_rates'], ['Did you mean null?']],
    [{ typos: 0.1, null: 1.5 }, ['Unknown defect kind "typos" in defect_rates', 'defect_rates.null must be a number from 0 to 1'], ['Did you mean typo?']],
    [{ null: '0.2' }, ['defect_rates.null must be a number from 0 to 1'], []],
    [{ whitespace: -0.1 }, ['defect_rates.whitespace must be a number from 0 to 1'], []],
    [[0.2], ['defect_rates must be an object of defect kinds and rates from 0 to 1, e.g. {"null": 0.2}'], []],
  ])('refuses %j with a 400 in the documented shape', async (defectRates, issues, suggestions) => {
    const response = await post({ ...CUSTOMERS, defect_rates: defectRates });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Invalid request payload', issues, suggestions });
  });
});
