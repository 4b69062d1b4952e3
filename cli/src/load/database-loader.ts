import type { Readable } from 'node:stream';
import type { RowUpdate } from './row-updates.js';

// A table's CSV, as the job wrote it (header line, CRLF, quoted text, empty field = null).
export interface TableCsv {
  table: string;
  columns: readonly string[];
  body: Readable;
  // Called with the rows loaded so far, as they go.
  onRows(rows: number): void;
  // Set when the rows update another table's rows (a cycle closed after loading).
  updates?: RowUpdate;
}

// One database connection that tables are loaded through; transactions are the caller's.
export interface DatabaseLoader {
  // The SQL dialect POST /api/ddl writes for this database.
  readonly dialect: 'postgres' | 'mysql' | 'sqlite';
  // Runs a script of several statements (the DDL of --create).
  execute(script: string): Promise<void>;
  // Empties the tables, given children before parents.
  empty(tables: readonly string[]): Promise<void>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  // Loads the CSV into its table, or updates the rows it names; the rows loaded. A failure
  // is a TableLoadFailure.
  load(csv: TableCsv): Promise<number>;
  close(): Promise<void>;
}
