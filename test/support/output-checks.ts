// The validation checks measured on generated output alone: every value as its format wrote it
// (its text, or null), read against what the plan from POST /api/plan says of each field (its
// type, primary key, foreign key, whether it may be null). Nothing here comes from the counts
// the generators report; tests compare the two.

export interface PlanJson {
  datasets: readonly DatasetJson[];
}

interface DatasetJson {
  name: string;
  fields: readonly FieldJson[];
}

interface FieldJson {
  name: string;
  type: string;
  primary_key?: boolean;
  nullable?: boolean;
  foreign_key?: { dataset: string; field?: string };
}

export type Cell = string | null;

export interface Table {
  name: string;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
}

export interface MeasuredCounts {
  records: number;
  failing_records: number;
  values: number;
  type_mismatches: number;
  duplicate_keys: number;
  references: number;
  orphan_references: number;
  required_values: number;
  missing_values: number;
}

// The canonical text of each planned type. How booleans read depends on the format: SQLite
// stores true and false as 1 and 0.
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const CANONICAL: Readonly<Record<string, RegExp>> = {
  integer: /^-?\d+$/,
  decimal: NUMBER,
  float: NUMBER,
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
};
export const JSON_BOOLEANS = ['true', 'false'] as const;
export const SQLITE_BOOLEANS = ['1', '0'] as const;

const isBlank = (cell: Cell) => cell === null || cell === '';

export function measureChecks(plan: PlanJson, tables: readonly Table[], booleans: readonly string[]): MeasuredCounts {
  const counts: MeasuredCounts = {
    records: 0,
    failing_records: 0,
    values: 0,
    type_mismatches: 0,
    duplicate_keys: 0,
    references: 0,
    orphan_references: 0,
    required_values: 0,
    missing_values: 0,
  };
  const tableOf = (name: string) => {
    const table = tables.find((candidate) => candidate.name === name);
    if (table === undefined) throw new Error(`no table ${name} in the output`);
    return table;
  };
  for (const dataset of plan.datasets) {
    const table = tableOf(dataset.name);
    const fields = dataset.fields;
    if (table.columns.join() !== fields.map((field) => field.name).join()) throw new Error(`columns of ${dataset.name} differ from the plan`);
    const conforms = fields.map((field) => conformance(field.type, booleans));
    const keyColumns = fields.flatMap((field, column) => (field.primary_key ? [column] : []));
    const referenced = fields.map((field) => (field.foreign_key === undefined ? undefined : referencedKeys(plan, field.foreign_key, tableOf)));
    const seenKeys = new Set<string>();
    for (const row of table.rows) {
      let failed = false;
      row.forEach((cell, column) => {
        const field = fields[column]!;
        counts.values++;
        if (!field.nullable) {
          counts.required_values++;
          if (isBlank(cell)) {
            counts.missing_values++;
            failed = true;
          }
        }
        if (!isBlank(cell) && !conforms[column]!(cell!)) {
          counts.type_mismatches++;
          failed = true;
        }
        const keys = referenced[column];
        if (keys !== undefined && cell !== null) {
          counts.references++;
          if (!keys.has(cell)) {
            counts.orphan_references++;
            failed = true;
          }
        }
      });
      if (keyColumns.length > 0) {
        const key = JSON.stringify(keyColumns.map((column) => row[column]));
        if (seenKeys.has(key)) {
          counts.duplicate_keys++;
          failed = true;
        }
        seenKeys.add(key);
      }
      counts.records++;
      if (failed) counts.failing_records++;
    }
  }
  return counts;
}

function conformance(type: string, booleans: readonly string[]): (text: string) => boolean {
  if (type === 'boolean') return (text) => booleans.includes(text);
  const canonical = CANONICAL[type];
  return canonical === undefined ? () => true : (text) => canonical.test(text);
}

// The values of the key a foreign key points at: its field, or the dataset's one primary key.
function referencedKeys(plan: PlanJson, foreignKey: { dataset: string; field?: string }, tableOf: (name: string) => Table): Set<Cell> {
  const target = plan.datasets.find((dataset) => dataset.name === foreignKey.dataset)!;
  const name = foreignKey.field || target.fields.find((field) => field.primary_key)!.name;
  const table = tableOf(target.name);
  const column = table.columns.indexOf(name);
  return new Set(table.rows.map((row) => row[column]!));
}

// metadata.validation as the README defines it from these counts.
export function documentedValidation(counts: MeasuredCounts) {
  const share = (failed: number, total: number) => (total === 0 ? 1 : Math.max(0, 1 - failed / total));
  const rounded = (value: number) => Math.round(value * 10_000) / 10_000;
  return {
    validation_score: Math.round(share(counts.failing_records, counts.records) * 100) / 10,
    checks: {
      type_conformance: rounded(share(counts.type_mismatches, counts.values)),
      key_uniqueness: rounded(share(counts.duplicate_keys, counts.records)),
      referential_integrity: rounded(share(counts.orphan_references, counts.references)),
      completeness: rounded(share(counts.missing_values, counts.required_values)),
    },
    counts,
  };
}
