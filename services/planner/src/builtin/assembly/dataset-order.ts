// Orders datasets so that every dataset comes after the datasets it references, keeping
// the prompt's order wherever the references allow. Returns the order and the links that a
// cycle forced to drop.
export interface Ordering {
  readonly order: string[];
  readonly dropped: ReadonlyArray<readonly [child: string, parent: string]>;
}

export function orderDatasets(names: readonly string[], parents: ReadonlyMap<string, ReadonlySet<string>>): Ordering {
  const order: string[] = [];
  const dropped: Array<readonly [string, string]> = [];
  const placed = new Set<string>();
  while (order.length < names.length) {
    const waiting = names.filter((name) => !placed.has(name));
    const ready = waiting.find((name) => [...(parents.get(name) ?? [])].every((parent) => placed.has(parent)));
    const next = ready ?? waiting[0];
    if (ready === undefined) {
      for (const parent of parents.get(next) ?? []) if (!placed.has(parent)) dropped.push([next, parent]);
    }
    order.push(next);
    placed.add(next);
  }
  return { order, dropped };
}
