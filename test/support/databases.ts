import mysql from 'mysql2/promise';
import pg from 'pg';

// The machine's PostgreSQL and MariaDB on 127.0.0.1 (trust auth; root with no password), each
// test working in a schema or database of its own so runs never collide.

export async function connectPostgres(): Promise<pg.Client> {
  let failure: unknown;
  for (const user of ['postgres', 'root']) {
    const client = new pg.Client({ host: '127.0.0.1', port: 5432, user, database: 'test' });
    try {
      await client.connect();
      return client;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

export function connectMariaDb(): Promise<mysql.Connection> {
  return mysql.createConnection({
    host: '127.0.0.1',
    port: 3306,
    user: 'root',
    password: '',
    multipleStatements: true,
    charset: 'utf8mb4',
  });
}

export function uniqueScope(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now()}`;
}
