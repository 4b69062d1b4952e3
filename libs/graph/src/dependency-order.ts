// The order in which things that depend on each other are made: the planners order datasets so
// that a reference only points at an earlier dataset, the generator orders a record's fields so
// that a formula or a following date is computed after what it reads.
export interface DependencyOrder<T> {
  readonly order: T[];
  // Dependencies an item was placed without, because it sat in a cycle or behind one.
  readonly broken: ReadonlyArray<readonly [dependent: T, dependency: T]>;
  // One cycle for each time the order had to break one, walked from the item placed anyway
  // back to where it closes: [a, b, a].
  readonly cycles: ReadonlyArray<readonly T[]>;
}

// Each item comes after its dependencies, and otherwise keeps its place in `items`: every step
// takes the first waiting item whose dependencies are placed, so a plan reads in the prompt's
// order wherever its references allow. When no item is ready, the first waiting one is placed
// anyway; the caller drops what it went without (a planner) or refuses the cycle (the
// generator). Dependencies that are not among the items hold nothing back.
export function dependencyOrder<T>(items: readonly T[], dependenciesOf: (item: T) => Iterable<T>): DependencyOrder<T> {
  const known = new Set(items);
  const placed = new Set<T>();
  const unplaced = (item: T): T[] => [...dependenciesOf(item)].filter((dependency) => known.has(dependency) && !placed.has(dependency));
  const waiting = [...items];
  const order: T[] = [];
  const broken: Array<readonly [T, T]> = [];
  const cycles: T[][] = [];
  while (waiting.length > 0) {
    const ready = waiting.findIndex((item) => unplaced(item).length === 0);
    const [next] = waiting.splice(Math.max(ready, 0), 1) as [T];
    if (ready < 0) {
      cycles.push(cycleFrom(next, unplaced));
      for (const dependency of unplaced(next)) broken.push([next, dependency]);
    }
    order.push(next);
    placed.add(next);
  }
  return { order, broken, cycles };
}

// When nothing is ready every waiting item has a waiting dependency, so following the first
// one from any item must come back to an item already on the path.
function cycleFrom<T>(start: T, unplaced: (item: T) => T[]): T[] {
  const path = [start];
  for (;;) {
    const next = unplaced(path[path.length - 1]!)[0]!;
    const seen = path.indexOf(next);
    if (seen >= 0) return [...path.slice(seen), next];
    path.push(next);
  }
}
