import type { EntityKind } from '../knowledge/entity-kind.js';
import { singular } from '../prompt/inflection.js';

// "order_items" → "order_item", "people" → "person": the stem of a foreign key column.
export function singularOf(datasetName: string, kind?: EntityKind): string {
  if (kind !== undefined && kind.name === datasetName && kind.singular !== undefined) return kind.singular;
  const words = datasetName.split('_');
  return [...words.slice(0, -1), singular(words[words.length - 1])].join('_');
}

// Every stem a column may use for this dataset: its own word and the kind's words.
export function stemsOf(datasetName: string, kind?: EntityKind): Set<string> {
  const stems = new Set([singularOf(datasetName, kind), datasetName]);
  if (kind !== undefined) {
    stems.add(singularOf(kind.name, kind));
    for (const alias of kind.aliases ?? []) stems.add(singularOf(alias.replace(/[^a-z0-9]+/g, '_')));
  }
  return stems;
}
