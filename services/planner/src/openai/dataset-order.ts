import { dependencyOrder } from '../../../../libs/graph/src/dependency-order.js';
import type { DatasetOutline } from './dataset-outline.js';

// A dataset may only reference datasets listed before it (the generator derives a reference
// from the parent's records, which must be defined first). Datasets keep the prompt's order
// wherever their references allow it. In a cycle, the first dataset still waiting gives up
// its references to the others, with a warning.
export function orderByDependencies(datasets: readonly DatasetOutline[], warnings: string[]): DatasetOutline[] {
  const byName = new Map(datasets.map((dataset) => [dataset.name, dataset]));
  const parentsOf = (dataset: DatasetOutline) => dataset.fields.flatMap((field) => (field.foreignKey ? (byName.get(field.foreignKey.dataset) ?? []) : []));
  const { order, broken } = dependencyOrder(datasets, parentsOf);
  for (const dataset of new Set(broken.map(([dependent]) => dependent))) {
    const parents = new Set(broken.flatMap(([dependent, parent]) => (dependent === dataset ? [parent.name] : [])));
    dataset.fields = dataset.fields.filter((field) => {
      if (!field.foreignKey || !parents.has(field.foreignKey.dataset)) return true;
      warnings.push(`Field ${dataset.name}.${field.name}: its reference to ${field.foreignKey.dataset} closed a cycle between datasets; dropped the field`);
      return false;
    });
  }
  return order;
}
