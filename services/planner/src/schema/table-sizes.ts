import { formatCount } from '../../../../libs/api/src/count-format.js';
import { CHILDREN_PER_PARENT, MAX_DATASET_SIZE, MAX_TOTAL_RECORDS, MIN_DATASET_SIZE, rangeText } from '../../../../libs/api/src/request-limits.js';


import { PayloadViolation } from '../rules/payload-violation.js';
import type { SchemaTable } from './schema-model.js';

// Records per table. `largest` (the request's dataset_size) is the size of every table no
// other table references; a referenced table has CHILDREN_PER_PARENT times fewer records than
// its largest referencing table, so counts agree across tables; along a chain of references
// that never drops below a hundredth of `largest` (and 1), so lookup tables keep some rows. Sizes the request
// names in dataset_sizes replace the rule's for those tables (and their parents follow them).
// The total stays within the request limit.
const SMALLEST_SHARE = 100;

export function tableSizes(
  ordered: readonly SchemaTable[],
  parentsOf: (table: SchemaTable) => readonly SchemaTable[],
  largest: number,
  named: Readonly<Record<string, number>>,
): Map<SchemaTable, number> {
  checkNamed(ordered, named);
  const sizes = new Map<SchemaTable, number>();
  const children = new Map<SchemaTable, SchemaTable[]>();
  for (const table of ordered) {
    for (const parent of parentsOf(table)) if (parent !== table) children.set(parent, [...(children.get(parent) ?? []), table]);
  }
  for (const table of [...ordered].reverse()) {
    const given = named[table.name];
    const kids = children.get(table) ?? [];
    const floor = Math.max(MIN_DATASET_SIZE, Math.floor(largest / SMALLEST_SHARE));
    const derived = kids.length === 0 ? largest : Math.max(floor, Math.floor(Math.max(...kids.map((kid) => sizes.get(kid)!)) / CHILDREN_PER_PARENT));
    sizes.set(table, given ?? derived);
  }
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  if (total > MAX_TOTAL_RECORDS) {
    const fitting = Math.floor((largest * MAX_TOTAL_RECORDS) / total);
    throw new PayloadViolation(
      [`The schema's ${ordered.length} datasets total ${formatCount(total)} records, over the limit of ${formatCount(MAX_TOTAL_RECORDS)} records per request`],
      [fitting >= 1 ? `Set dataset_size to at most about ${formatCount(fitting)}` : 'Set smaller dataset_sizes', 'Or use a job (POST /api/jobs) for more records'],
    );
  }
  return sizes;
}

function checkNamed(ordered: readonly SchemaTable[], named: Readonly<Record<string, number>>): void {
  const names = ordered.map((table) => table.name);
  const issues: string[] = [];
  const suggestions: string[] = [];
  for (const [name, size] of Object.entries(named)) {
    if (!names.includes(name)) {
      issues.push(`dataset_sizes names "${name}", which is not a table of the schema`);
      suggestions.push(`Name tables of the schema: ${names.join(', ')}`);
    } else if (!Number.isInteger(size) || size < MIN_DATASET_SIZE || size > MAX_DATASET_SIZE) {
      issues.push(`dataset_sizes.${name}=${size} is out of range: it must be a whole number ${rangeText(MIN_DATASET_SIZE, MAX_DATASET_SIZE)}`);
      suggestions.push(`Set dataset_sizes.${name} to a whole number ${rangeText(MIN_DATASET_SIZE, MAX_DATASET_SIZE)}`);
    }
  }
  if (issues.length > 0) throw new PayloadViolation(issues, suggestions);
}
