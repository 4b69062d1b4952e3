import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CliFailure } from '../cli-failure.js';
import type { DatabaseLoader, TableCsv } from './database-loader.js';
import { lineCounter } from './line-counter.js';
import { databaseFailure, TableLoadFailure } from './table-load-failure.js';

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

// PostgreSQL: each table's CSV streamed into COPY … FROM STDIN, which reads the job's CSV as
// it is: an empty unquoted field is NULL, "" an empty string, CRLF line ends.
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
