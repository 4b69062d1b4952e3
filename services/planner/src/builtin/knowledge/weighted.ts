import type { WeightedValue } from './entity-kind.js';

// Domain files list enum values as 'pending=10|shipped=30|delivered'; a missing weight is 1.
// The compact form keeps a kind's whole vocabulary on one readable line.
export function weighted(spec: string): readonly WeightedValue[] {
  return spec.split('|').map((entry) => {
    const [value, weight] = entry.split('=');
    return [value.trim(), weight === undefined ? 1 : Number(weight)] as const;
  });
}
