import Database from 'better-sqlite3';
import { eachRecord } from './csv-records.js';
import { updateStatement } from './row-updates.js';
import type { DatabaseLoader, TableCsv } from './database-loader.js';
import { databaseFailure, TableLoadFailure } from './table-load-failure.js';

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

// SQLite: each row through one prepared INSERT, foreign keys enforced, booleans as 1 and 0 as
// the SQL output writes them.
export class SqliteLoader implements DatabaseLoader {
  readonly dialect = 'sqlite';

  private constructor(private readonly database: Database.Database) {}

  static async open(path: string): Promise<SqliteLoader> {
    try {
      const database = new Database(path);
      database.pragma('foreign_keys = ON');
      return new SqliteLoader(database);
    } catch (error) {
      throw databaseFailure(`SQLite database ${path} could not be opened`, error);
    }
  }

  async execute(script: string): Promise<void> {
    this.database.exec(script);
  }

  async empty(tables: readonly string[]): Promise<void> {
    for (const table of tables) this.database.exec(`DELETE FROM ${quote(table)}`);
  }

  async begin(): Promise<void> {
    this.database.exec('BEGIN');
  }

  async commit(): Promise<void> {
    this.database.exec('COMMIT');
  }

  async rollback(): Promise<void> {
    if (this.database.inTransaction) this.database.exec('ROLLBACK');
  }

  async load(csv: TableCsv): Promise<number> {
    if (csv.updates !== undefined) {
      const update = this.database.prepare(updateStatement(csv.updates, csv.columns, quote, () => '?'));
      return eachRecord(csv, (values) => update.run(values));
    }
    const declared = this.database.pragma(`table_info(${quote(csv.table)})`) as { name: string; type: string }[];
    if (declared.length === 0) throw new TableLoadFailure(csv.table, undefined, 'no such table in the database (create it first, or use --create)');
    const booleans = new Set(declared.filter((column) => /^bool/i.test(column.type)).map((column) => column.name));
    const isBoolean = csv.columns.map((column) => booleans.has(column));
    const insert = this.database.prepare(`INSERT INTO ${quote(csv.table)} (${csv.columns.map(quote).join(', ')}) VALUES (${csv.columns.map(() => '?').join(', ')})`);
    return eachRecord(csv, (values) => insert.run(values.map((value, index) => (isBoolean[index] && value !== null ? (value === 'true' ? 1 : value === 'false' ? 0 : value) : value))));
  }

  async close(): Promise<void> {
    this.database.close();
  }
}
