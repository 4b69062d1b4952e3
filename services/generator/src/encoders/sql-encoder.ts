import { encode } from '../engine/byte-sink.js';
import { NOTHING, type RecordEncoder } from './record-encoder.js';
import type { SqlDialectRules } from './sql-dialects.js';
import type { TableShape } from './table-shape.js';

// Records per INSERT statement. Statements are cut at absolute indexes (every multiple of
// this), never at shard edges, so shards concatenate into the same script.
export const ROWS_PER_INSERT = 500;

// Without the table's definition (`dataOnly`), the script fills a schema that already exists.
export function sqlEncoder(table: TableShape, dialect: SqlDialectRules, dataOnly: boolean): RecordEncoder {
  const quote = dialect.quote;
  const last = table.size - 1;
  const override = table.columns.some((column) => column.identity === true) ? dialect.identityInsert : '';
  const statementStart = encode(`INSERT INTO ${quote(table.name)} (${table.columns.map((column) => quote(column.name)).join(', ')}) ${override}VALUES\n(`);
  const rowStart = encode(',\n(');
  const rowEnd = encode(')');
  const statementEnd = encode(');\n');
  const comma = encode(',');
  return {
    preamble: encode(dialect.preamble + (dataOnly ? '' : createTable(table, dialect))),
    recordStart: (index) => (index % ROWS_PER_INSERT === 0 ? statementStart : rowStart),
    separators: table.columns.map((_, position) => (position === 0 ? NOTHING : comma)),
    recordEnd: (index) => (index % ROWS_PER_INSERT === ROWS_PER_INSERT - 1 || index === last ? statementEnd : rowEnd),
    closing: encode(identityCatchUp(table, dialect)),
  };
}

// After a table's last row: each identity column's numbering moved past its largest key.
export function identityCatchUp(table: TableShape, dialect: SqlDialectRules): string {
  return table.columns
    .filter((column) => column.identity === true)
    .map((column) => dialect.identityCatchUp(table.name, column.name))
    .join('');
}

// The one writer of a table's DDL: the SQL output's preamble, and the schema alone.
export function createTable(table: TableShape, dialect: SqlDialectRules): string {
  const quote = dialect.quote;
  const lines = table.columns.map(
    (column) =>
      `  ${quote(column.name)} ${dialect.columnType(column)}` +
      (column.nullable && !column.primaryKey ? '' : ' NOT NULL') +
      (column.unique && !column.primaryKey ? ' UNIQUE' : ''),
  );
  const list = (columns: readonly string[]) => columns.map(quote).join(', ');
  const primaryKey = table.keys?.find((key) => key.primaryKey)?.columns ?? table.columns.filter((column) => column.primaryKey).map((column) => column.name);
  if (primaryKey.length > 0) lines.push(`  PRIMARY KEY (${list(primaryKey)})`);
  for (const key of table.keys ?? []) if (!key.primaryKey) lines.push(`  UNIQUE (${list(key.columns)})`);
  for (const column of table.columns) {
    if (column.references !== undefined) {
      lines.push(`  FOREIGN KEY (${quote(column.name)}) REFERENCES ${quote(column.references.table)} (${quote(column.references.column)})`);
    }
  }
  for (const reference of table.foreignKeys ?? []) {
    lines.push(`  FOREIGN KEY (${list(reference.columns)}) REFERENCES ${quote(reference.table)} (${list(reference.referencedColumns)})`);
  }
  const notes = (table.notes ?? []).map((note) => `-- ${note}\n`).join('');
  return `${notes}CREATE TABLE ${quote(table.name)} (\n${lines.join(',\n')}\n)${dialect.tableOptions};\n`;
}
