import type { DatasetOutline } from './dataset-outline.js';

// A dataset may only reference datasets listed before it (the generator derives a reference
// from the parent's records, which must be defined first). Datasets keep the prompt's order
// wherever their references allow it. In a cycle, the first dataset still waiting gives up
// its references to the others, with a warning.
export function orderByDependencies(datasets: readonly DatasetOutline[], warnings: string[]): DatasetOutline[] {
  const ordered: DatasetOutline[] = [];
  const waiting = [...datasets];
  while (waiting.length > 0) {
    const placed = new Set(ordered.map((dataset) => dataset.name));
    const ready = waiting.find((dataset) => dataset.fields.every((field) => !field.foreignKey || placed.has(field.foreignKey.dataset)));
    const next = ready ?? breakCycle(waiting[0]!, placed, warnings);
    ordered.push(next);
    waiting.splice(waiting.indexOf(next), 1);
  }
  return ordered;
}

function breakCycle(dataset: DatasetOutline, placed: ReadonlySet<string>, warnings: string[]): DatasetOutline {
  dataset.fields = dataset.fields.filter((field) => {
    if (!field.foreignKey || placed.has(field.foreignKey.dataset)) return true;
    warnings.push(`Field ${dataset.name}.${field.name}: its reference to ${field.foreignKey.dataset} closed a cycle between datasets; dropped the field`);
    return false;
  });
  return dataset;
}
