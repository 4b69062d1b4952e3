import { PayloadViolation } from '../rules/payload-violation.js';
import type { SchemaForeignKey, SchemaTable } from './schema-model.js';

export interface TableOrder {
  // Parents before children: every table after the tables it references.
  readonly tables: readonly SchemaTable[];
  // Foreign keys left out to break a cycle between tables: their columns stay null.
  readonly broken: readonly { table: SchemaTable; key: SchemaForeignKey }[];
}

// Orders tables so each comes after those it references, keeping the script's order where the
// references allow. A self-reference needs no order. A cycle between tables is broken at a
// foreign key whose columns may all be null: that key is left null, to be set by an UPDATE
// after loading. A cycle through NOT NULL keys only cannot be loaded and is refused.
export function orderTables(tables: readonly SchemaTable[], find: (name: string) => SchemaTable | undefined): TableOrder {
  const broken: { table: SchemaTable; key: SchemaForeignKey }[] = [];
  const isBroken = (table: SchemaTable, key: SchemaForeignKey) => broken.some((entry) => entry.table === table && entry.key === key);
  const parentsOf = (table: SchemaTable) =>
    table.foreignKeys.filter((key) => !isBroken(table, key)).flatMap((key) => {
      const parent = find(key.table);
      return parent === undefined || parent === table ? [] : [{ key, parent }];
    });
  for (;;) {
    const ordered: SchemaTable[] = [];
    const placed = new Set<SchemaTable>();
    let progress = true;
    while (progress) {
      progress = false;
      for (const table of tables) {
        if (placed.has(table) || !parentsOf(table).every(({ parent }) => placed.has(parent))) continue;
        ordered.push(table);
        placed.add(table);
        progress = true;
        break;
      }
    }
    if (ordered.length === tables.length) return { tables: ordered, broken };
    const waiting = tables.filter((table) => !placed.has(table));
    const cycle = findCycle(waiting, (table) => parentsOf(table).filter(({ parent }) => !placed.has(parent)));
    const breakable = cycle.find(({ table, key }) => key.columns.every((name) => !table.columns.find((column) => column.name === name)?.notNull));
    if (breakable === undefined) {
      const path = cycle.map(({ table, key }) => `${table.name}.${key.columns.join('+')} → ${key.table}`).join(', ');
      throw new PayloadViolation(
        [`Tables reference each other in a cycle through NOT NULL columns (${path}): no table can be loaded first`],
        ['Make one of these columns nullable, so its rows can be loaded first and the key set by an UPDATE after'],
      );
    }
    broken.push(breakable);
  }
}

// One cycle among tables that wait for each other, as the keys that close it.
function findCycle(
  waiting: readonly SchemaTable[],
  parents: (table: SchemaTable) => { key: SchemaForeignKey; parent: SchemaTable }[],
): { table: SchemaTable; key: SchemaForeignKey }[] {
  const path: { table: SchemaTable; key: SchemaForeignKey }[] = [];
  let table = waiting[0]!;
  const seen = new Map<SchemaTable, number>();
  while (!seen.has(table)) {
    seen.set(table, path.length);
    const next = parents(table)[0]!;
    path.push({ table, key: next.key });
    table = next.parent;
  }
  return path.slice(seen.get(table));
}
