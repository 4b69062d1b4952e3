import type { Purpose } from './purpose.js';

// The dataset that carries the purpose's label: the first of its carriers the plan has, by
// name or as the last word of a longer one ("card_transactions").
export function carrierIn<T extends { readonly name: string }>(purpose: Purpose, datasets: readonly T[]): T | undefined {
  for (const carrier of purpose.carriers) {
    const found = datasets.find((dataset) => dataset.name === carrier || dataset.name.endsWith(`_${carrier}`));
    if (found !== undefined) return found;
  }
  return undefined;
}
