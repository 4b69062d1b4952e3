import type { PlanJson } from '../../../libs/client/src/plan-types.js';

// A dataset whose rows update another table's rows rather than being rows of their own (how
// a cycle between tables is closed once both are loaded): its leading columns are set on the
// row its `key` columns, the trailing ones, name.
export interface RowUpdate {
  readonly table: string;
  readonly key: readonly string[];
}

export function rowUpdatesOf(plan: PlanJson): Map<string, RowUpdate> {
  return new Map(
    plan.datasets.flatMap((dataset) => {
      if (!dataset.updates) return [];
      const key = dataset.fields.filter((field) => field.foreign_key?.dataset === dataset.updates).map((field) => field.name);
      return [[dataset.name, { table: dataset.updates, key }] as const];
    }),
  );
}

// The UPDATE statement for one CSV row: its values bind in column order, set columns first.
export function updateStatement(update: RowUpdate, columns: readonly string[], quote: (name: string) => string, placeholder: (position: number) => string): string {
  const set = columns.filter((column) => !update.key.includes(column));
  const assignments = set.map((column, index) => `${quote(column)} = ${placeholder(index + 1)}`).join(', ');
  const conditions = update.key.map((column, index) => `${quote(column)} = ${placeholder(set.length + index + 1)}`).join(' AND ');
  return `UPDATE ${quote(update.table)} SET ${assignments} WHERE ${conditions}`;
}
