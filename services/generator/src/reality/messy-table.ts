import type { ColumnShape, TableShape } from '../encoders/table-shape.js';
import type { RealityRates } from './reality-rates.js';

// The SQL table of a messy dataset: the script must still load, foreign keys enforced, so the
// schema gives up exactly the constraints the rates' defects break, and says so in comments.
// Keys (primary keys, referenced fields, composite keys and the foreign keys of several fields)
// never receive a defect and keep their constraints; only duplicate rows repeat a key, and
// only in datasets nothing references.
export function messyTable(table: TableShape, rates: RealityRates, keyColumns: ReadonlySet<number>, repeatsKeys: boolean): TableShape {
  if (!rates.messy) return table;
  const textInTyped = rates.textInTypedColumns;
  const orphans = rates.occurs('orphan_reference');
  const columns = table.columns.map((column, position): ColumnShape => {
    // A primary key that duplicate rows repeat is no longer unique either (plans often mark it both).
    if (keyColumns.has(position)) return repeatsKeys && column.primaryKey ? { ...column, primaryKey: false, unique: false } : column;
    // A foreign key keeps the referenced key's type: its defects are nulls and orphans only.
    if (column.references !== undefined) return { ...column, nullable: true, unique: false, references: orphans ? undefined : column.references };
    const text = column.kind === 'string' || column.kind === 'text' || textInTyped;
    return { ...column, nullable: true, unique: false, kind: text ? 'text' : column.kind, maxLength: text ? 0 : column.maxLength };
  });
  const notes = [
    `Reality level ${rates.level}${rates.overridden ? ' with the defect_rates of the request' : ''}: values carry deliberate defects, each listed by the defect manifest.`,
    'Columns other than keys accept NULL and have no UNIQUE constraint or length limit: defects lengthen text (padding, mojibake)' +
      (rates.occurs('near_duplicate_row') ? ' and repeat values (near-duplicate rows, typos, empty strings).' : '.'),
  ];
  if (textInTyped) notes.push('Numbers, booleans, dates and UUIDs outside keys are TEXT: some are written in other formats ("1,234.50", "yes", "03/15/2024").');
  if (orphans && table.columns.some((column, position) => column.references !== undefined && !keyColumns.has(position))) {
    notes.push('Foreign keys outside keys are not declared: orphan references point at records that do not exist.');
  }
  if (repeatsKeys && table.columns.some((column) => column.primaryKey)) notes.push('No primary key is declared: duplicate rows repeat the key of the row they copy.');
  // Duplicate rows repeat every key of several columns as well.
  const uniqueKeys = table.keys?.some((key) => !key.primaryKey) === true;
  if (repeatsKeys && uniqueKeys) notes.push('No UNIQUE constraint of several columns is declared: duplicate rows repeat their values.');
  return { ...table, columns, notes, ...(repeatsKeys && table.keys !== undefined ? { keys: undefined } : {}) };
}
