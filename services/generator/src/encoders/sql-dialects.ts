import { isPostgresSystemColumn, isSqliteInternalTable, MYSQL_MAX_IDENTIFIER_LENGTH } from '../../../../libs/plan/src/sql-names.js';
import type { ColumnShape } from './table-shape.js';
import { MYSQL_SYNTAX, POSTGRES_SYNTAX, SQLITE_SYNTAX, type ValueSyntax } from './value-syntax.js';

export interface SqlDialectRules {
  readonly syntax: ValueSyntax;
  // Statements that make the script load as intended on its own (client charset, FK checks).
  readonly preamble: string;
  readonly tableOptions: string;
  quote(identifier: string): string;
  columnType(column: ColumnShape): string;
  // Why the dialect cannot take a table or column name even quoted; undefined when it can.
  refuses(name: string, role: 'table' | 'column'): string | undefined;
  // For a table with columns the database numbers itself (identity): what an INSERT says to
  // write the generated keys anyway, and what moves the numbering past them once all rows are
  // in. MySQL's AUTO_INCREMENT and SQLite's rowid follow the largest key by themselves.
  readonly identityInsert: string;
  identityCatchUp(table: string, column: string): string;
}

const doubleQuoted = (identifier: string) => '"' + identifier.replace(/"/g, '""') + '"';

// Scale is at most 15 and units stay below 2^53, so 38 digits always hold the value.
const DECIMAL_PRECISION = 38;

export const POSTGRES: SqlDialectRules = {
  syntax: POSTGRES_SYNTAX,
  preamble: '',
  tableOptions: '',
  quote: doubleQuoted,
  // GENERATED ALWAYS refuses a key without it; a table without identity columns ignores it.
  identityInsert: 'OVERRIDING SYSTEM VALUE ',
  // Nothing happens for a column without a sequence (setval of null is null), or an empty table.
  identityCatchUp: (table, column) =>
    `SELECT setval(pg_get_serial_sequence('${doubleQuoted(table).replace(/'/g, "''")}', '${column.replace(/'/g, "''")}'), (SELECT max(${doubleQuoted(column)}) FROM ${doubleQuoted(table)}));\n`,
  refuses: (name, role) =>
    role === 'column' && isPostgresSystemColumn(name) ? `PostgreSQL keeps the column name "${name}" for a system column, quoted or not` : undefined,
  columnType: (column) => {
    switch (column.kind) {
      case 'integer':
        return 'BIGINT';
      case 'decimal':
        return `NUMERIC(${DECIMAL_PRECISION}, ${column.scale})`;
      case 'float':
        return 'DOUBLE PRECISION';
      case 'boolean':
        return 'BOOLEAN';
      case 'date':
        return 'DATE';
      case 'timestamp':
        return 'TIMESTAMPTZ';
      case 'uuid':
        return 'UUID';
      default:
        return column.maxLength > 0 ? `VARCHAR(${column.maxLength})` : 'TEXT';
    }
  },
};

// InnoDB indexes at most 3072 bytes, 768 utf8mb4 characters; keys and unique columns need a
// VARCHAR, plain text may be TEXT.
const MYSQL_INDEXED_LENGTH = 768;

export const MYSQL: SqlDialectRules = {
  syntax: MYSQL_SYNTAX,
  preamble: 'SET NAMES utf8mb4;\n',
  identityInsert: '',
  identityCatchUp: () => '',
  tableOptions: ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4',
  quote: (identifier) => '`' + identifier.replace(/`/g, '``') + '`',
  refuses: (name) =>
    name.length > MYSQL_MAX_IDENTIFIER_LENGTH ? `MySQL and MariaDB take names of at most ${MYSQL_MAX_IDENTIFIER_LENGTH} characters` : undefined,
  columnType: (column) => {
    switch (column.kind) {
      case 'integer':
        return 'BIGINT';
      case 'decimal':
        return `DECIMAL(${DECIMAL_PRECISION}, ${column.scale})`;
      case 'float':
        return 'DOUBLE';
      case 'boolean':
        return 'BOOLEAN';
      case 'date':
        return 'DATE';
      case 'timestamp':
        return 'DATETIME';
      case 'uuid':
        return 'CHAR(36)';
      default: {
        const indexed = column.primaryKey || column.unique || column.references !== undefined || column.keyPart === true;
        if (indexed) return `VARCHAR(${Math.min(column.maxLength || 255, MYSQL_INDEXED_LENGTH)})`;
        if (column.maxLength > 0 && column.maxLength <= 16383) return `VARCHAR(${column.maxLength})`;
        return column.kind === 'text' ? 'TEXT' : 'VARCHAR(255)';
      }
    }
  },
};

// SQLite's type affinities; dates stay ISO text, booleans load as 1 and 0.
export const SQLITE: SqlDialectRules = {
  syntax: SQLITE_SYNTAX,
  preamble: 'PRAGMA foreign_keys = ON;\n',
  identityInsert: '',
  identityCatchUp: () => '',
  tableOptions: '',
  quote: doubleQuoted,
  refuses: (name, role) => (role === 'table' && isSqliteInternalTable(name) ? 'SQLite keeps the tables named "sqlite_…" for itself' : undefined),
  columnType: (column) => {
    switch (column.kind) {
      case 'integer':
        return 'INTEGER';
      case 'decimal':
        return 'NUMERIC';
      case 'float':
        return 'REAL';
      case 'boolean':
        return 'BOOLEAN';
      default:
        return 'TEXT';
    }
  },
};
