import type { EnvelopeDataset, Envelope } from '../../../libs/client/src/api-types.js';

export interface DatasetPreview {
  columns: string[];
  // Each record as its values in `columns` order: a table, without the keys repeated per row.
  rows: unknown[][];
  // How many defects the reality level injected into these rows, by kind.
  defects: Record<string, number>;
}

export interface PreviewSummary {
  seed: number;
  reality_level: number;
  warnings: string[];
  datasets: Record<string, DatasetPreview>;
}

// A preview envelope (JSON content, with defect manifests) as compact as an assistant's
// context needs it.
export function previewSummary(envelope: Envelope): PreviewSummary {
  const datasets: Record<string, DatasetPreview> = {};
  for (const [name, dataset] of Object.entries(envelope.datasets)) datasets[name] = datasetPreview(dataset);
  const { seed, reality_level, warnings } = envelope.metadata;
  return { seed, reality_level, warnings, datasets };
}

function datasetPreview({ columns, content, defects = [] }: EnvelopeDataset): DatasetPreview {
  const counts: Record<string, number> = {};
  for (const { kind } of defects) counts[kind] = (counts[kind] ?? 0) + 1;
  return { columns, rows: content.map((record) => columns.map((column) => record[column])), defects: counts };
}
