import { formatCount } from '../../../../libs/api/src/count-format.js';
import { DEFAULT_DATASETS, MAX_DATASETS, MAX_TOTAL_RECORDS, maxSizePerDataset } from '../../../../libs/api/src/request-limits.js';
import { PayloadViolation } from './payload-violation.js';
import { sizeLimitIssue } from './size-rule.js';

export interface DatasetCount {
  readonly datasets: number;
  readonly warnings: string[];
}

// The document's rule: the prompt's entities decide the number of datasets. A count the user
// gave that disagrees is adjusted with a warning when the limits allow it, refused otherwise.
// An absent count simply follows the prompt. With no entity found, the requested (or default)
// count stands and the planner fills it as it can. `usual` are the datasets a planner would
// add because the prompt describes a system rather than lists its entities ("a ride-sharing
// app"): they complete the named ones up to the requested count, or without one as many as
// the limits allow.
export function reconcileDatasetCount(
  requested: number | undefined,
  datasetSize: number,
  entities: readonly string[],
  usual: readonly string[] = [],
): DatasetCount {
  const found = entities.length;
  if (usual.length > 0 && found <= (requested ?? MAX_DATASETS)) return completeWithUsual(requested, datasetSize, entities, usual);
  if (requested === undefined) return followPrompt(datasetSize, entities);
  refuseOversize(requested, datasetSize, []);
  if (found === 0 || found === requested) return { datasets: requested, warnings: [] };
  const mismatch = `Prompt mentions ${countOf(found, 'entity', 'entities')} (${entities.join(', ')}) but datasets=${requested}`;
  if (found <= MAX_DATASETS && datasetSize <= maxSizePerDataset(found)) {
    return { datasets: found, warnings: [`${mismatch}; generating ${countOf(found, 'dataset', 'datasets')}`] };
  }
  const suggestions =
    found <= MAX_DATASETS
      ? [`Set datasets=${found} to match entities in prompt`, `Or modify prompt to only mention ${requested} entities`]
      : [`Modify prompt to only mention ${requested} entities (at most ${MAX_DATASETS} datasets can be generated)`];
  throw new PayloadViolation([mismatch], suggestions);
}

function followPrompt(datasetSize: number, entities: readonly string[]): DatasetCount {
  const found = entities.length;
  if (found === 0) {
    refuseOversize(DEFAULT_DATASETS, datasetSize, []);
    return { datasets: DEFAULT_DATASETS, warnings: [] };
  }
  if (found > MAX_DATASETS) {
    throw new PayloadViolation(
      [`Prompt mentions ${found} entities (${entities.join(', ')}) but at most ${MAX_DATASETS} datasets can be generated`],
      [`Modify prompt to only mention up to ${MAX_DATASETS} entities`],
    );
  }
  const fitting = Math.floor(maxSizePerDataset(1) / datasetSize);
  refuseOversize(found, datasetSize, [
    `Set dataset_size to at most ${formatCount(maxSizePerDataset(found))}`,
    ...(fitting >= 1 ? [`Or modify prompt to only mention ${countOf(fitting, 'entity', 'entities')}`] : []),
  ]);
  return { datasets: found, warnings: [] };
}

function completeWithUsual(requested: number | undefined, datasetSize: number, entities: readonly string[], usual: readonly string[]): DatasetCount {
  if (requested !== undefined) {
    refuseOversize(requested, datasetSize, []);
    return { datasets: requested, warnings: [] };
  }
  const fitting = Math.min(entities.length + usual.length, MAX_DATASETS, Math.floor(MAX_TOTAL_RECORDS / datasetSize));
  return fitting < entities.length ? followPrompt(datasetSize, entities) : { datasets: Math.max(fitting, 1), warnings: [] };
}

function refuseOversize(datasets: number, datasetSize: number, suggestions: string[]): void {
  const issue = sizeLimitIssue(datasets, datasetSize);
  if (issue !== undefined) throw new PayloadViolation([issue], suggestions);
}

function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
