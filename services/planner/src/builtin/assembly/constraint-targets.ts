import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { singular } from '../prompt/inflection.js';
import { stemsOf } from './dataset-names.js';
import type { PlannedDataset } from './planned-dataset.js';

export interface Target {
  readonly dataset: PlannedDataset;
  readonly field: Field;
}

// Datasets an entity word of the prompt refers to ("order status" → orders); all of them
// when the prompt names none.
export function datasetsFor(datasets: readonly PlannedDataset[], entity: string | undefined): readonly PlannedDataset[] {
  if (entity === undefined) return datasets;
  const word = singular(entity);
  return datasets.filter((dataset) => stemsOf(dataset.name, dataset.kind).has(word));
}

// The field a constraint on `name` means: an exact column first, then one that ends with it
// ("price" → unit_price), in the dataset named last before the constraint.
export function findTarget(
  datasets: readonly PlannedDataset[],
  name: string,
  position: number,
  accepts: (field: Field) => boolean,
): Target | undefined {
  const candidates: Target[] = [];
  for (const exact of [true, false]) {
    for (const dataset of datasets) {
      const field = dataset.fields.find((candidate) => accepts(candidate) && matches(candidate.name, name, exact));
      if (field !== undefined) candidates.push({ dataset, field });
    }
    if (candidates.length > 0) break;
  }
  const before = candidates.filter((candidate) => candidate.dataset.position <= position);
  return before.length > 0 ? before.reduce((best, candidate) => (candidate.dataset.position > best.dataset.position ? candidate : best)) : candidates[0];
}

// The dataset a new column for the constraint belongs to: the one named last before it.
export function nearestBefore(datasets: readonly PlannedDataset[], position: number): PlannedDataset | undefined {
  const before = datasets.filter((dataset) => dataset.position <= position);
  return before.length > 0 ? before.reduce((best, dataset) => (dataset.position > best.position ? dataset : best)) : datasets[0];
}

function matches(fieldName: string, name: string, exact: boolean): boolean {
  if (fieldName === name) return true;
  return !exact && (fieldName.endsWith(`_${name}`) || name.endsWith(`_${fieldName}`));
}
