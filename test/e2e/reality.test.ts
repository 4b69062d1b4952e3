import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { startTestStack } from '../support/start-test-stack.js';

// Reality levels through POST /api/generate: deterministic messiness, labelled by a manifest
// that restores the clean data exactly, counted in metadata and measured by validation.
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
    defects: { total: number; by_kind: Record<string, number>; by_dataset: Record<string, Record<string, number>> };
    validation: { validation_status: string; validation_score: number; checks: Record<string, number> };
  };
}

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

async function generate(body: Record<string, unknown>): Promise<{ text: string; json: Envelope }> {
  const response = await fetch(`${stack.url}/api/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, json: JSON.parse(text) as Envelope };
}

const contentsOf = (text: string) => text.slice(0, text.indexOf(',"metadata":'));

describe('reality levels', () => {
  it('level 0 is clean: no defects counted and a perfect validation score', async () => {
    const { json } = await generate({ ...REQUEST, reality: 0 });
    expect(json.metadata.defects.total).toBe(0);
    expect(json.metadata.validation.validation_score).toBe(10);
    expect(Object.values(json.metadata.validation.checks)).toEqual([1, 1, 1, 1]);
  });

  it('level 10 gives the same messy bytes for the same seed, counts its defects and scores lower', async () => {
    const first = await generate({ ...REQUEST, reality: 10 });
    const second = await generate({ ...REQUEST, reality: 10 });
    expect(contentsOf(second.text)).toBe(contentsOf(first.text));
    const { defects, validation } = first.json.metadata;
    expect(defects.total).toBeGreaterThan(100);
    expect(Object.keys(defects.by_kind).length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(defects.by_dataset)).toEqual(['customers', 'products', 'orders']);
    expect(validation.validation_score).toBeLessThan(10);
    expect(validation.validation_score).toBeGreaterThan(0);
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
