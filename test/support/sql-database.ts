import mysql from 'mysql2/promise';
import pg from 'pg';

/**
 * One connection a test loads SQL through, with the same three calls whichever engine answers
 * (a PostgreSQL server, PGlite or a MariaDB server). It works in a scope of its own, a schema
 * in PostgreSQL and a database in MariaDB, made when it opens and dropped when it closes, so
 * runs never collide.
 */
export interface SqlDatabase {
  /** The schema (PostgreSQL) or database (MariaDB) the connection works in. */
  readonly scope: string;
  /** Runs a script of one or more statements; rejects with the engine's error. */
  exec(sql: string): Promise<void>;
  /** Runs one statement and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string): Promise<Row[]>;
  /** Empties the scope (drops it and makes it again), for a test that needs a clean slate. */
  reset(): Promise<void>;
  /**
   * Drops the scope and disconnects. Never rejects: a clean-up failure is printed instead, so
   * it cannot stand in front of the failure that came before it.
   */
  close(): Promise<void>;
}

/** A bare connection to one engine, before it is given a scope. */
export interface SqlConnection {
  exec(sql: string): Promise<void>;
  query<Row>(sql: string): Promise<Row[]>;
  end(): Promise<void>;
}

export async function connectPostgresServer(url: string, connectTimeoutMs?: number): Promise<SqlConnection> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
  await client.connect();
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <Row>(sql: string) => (await client.query(sql)).rows as Row[],
    end: () => client.end(),
  };
}

/** A database of its own on a PostgreSQL server, for code that connects by URL. */
export interface ScratchDatabase {
  /** The server's URL with the database's name in place of the original one. */
  readonly url: string;
  /**
   * Drops the database, ending any session left in it. Never rejects: a clean-up failure is
   * printed instead, so it cannot stand in front of the failure that came before it.
   */
  drop(): Promise<void>;
}

/** Makes the database `name` on the server at `url`. */
export async function createPostgresDatabase(url: string, name: string): Promise<ScratchDatabase> {
  await asAdministrator(url, `CREATE DATABASE "${name}"`);
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return {
    url: databaseUrl.toString(),
    drop: async () => {
      try {
        await asAdministrator(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } catch (error) {
        console.warn(`Could not drop the database ${name}: ${failureReason(error)}`);
      }
    },
  };
}

// CREATE and DROP DATABASE run outside the database they name, on a connection of their own.
async function asAdministrator(url: string, sql: string): Promise<void> {
  const connection = await connectPostgresServer(url);
  try {
    await connection.exec(sql);
  } finally {
    await connection.end();
  }
}

export async function startPglite(): Promise<SqlConnection> {
  // Imported only when no server answers: the WebAssembly build is large and slow to start.
  const { PGlite } = await import('@electric-sql/pglite');
  const database = await PGlite.create();
  return {
    exec: async (sql) => {
      await database.exec(sql);
    },
    query: async <Row>(sql: string) => (await database.query<Row>(sql)).rows,
    end: () => database.close(),
  };
}

export async function connectMariaDbServer(url: string, connectTimeoutMs?: number): Promise<SqlConnection> {
  const connection = await mysql.createConnection({ uri: url, multipleStatements: true, charset: 'utf8mb4', connectTimeout: connectTimeoutMs });
  return {
    exec: async (sql) => {
      await connection.query(sql);
    },
    query: async <Row>(sql: string) => (await connection.query(sql))[0] as Row[],
    end: () => connection.end(),
  };
}

export type ScopeDialect = 'postgres' | 'mariadb';

const SCOPE_SQL: Record<ScopeDialect, { enter: (scope: string) => string; drop: (scope: string) => string }> = {
  postgres: {
    enter: (scope) => `CREATE SCHEMA "${scope}"; SET search_path TO "${scope}"`,
    drop: (scope) => `DROP SCHEMA IF EXISTS "${scope}" CASCADE`,
  },
  mariadb: {
    enter: (scope) => `CREATE DATABASE \`${scope}\` CHARACTER SET utf8mb4; USE \`${scope}\``,
    drop: (scope) => `DROP DATABASE IF EXISTS \`${scope}\``,
  },
};

/** Makes the scope on a fresh connection and hands back the connection working in it. */
export async function inScope(connection: SqlConnection, dialect: ScopeDialect, scope: string): Promise<SqlDatabase> {
  try {
    await connection.exec(SCOPE_SQL[dialect].enter(scope));
  } catch (error) {
    await connection.end().catch(() => undefined);
    throw error;
  }
  return {
    scope,
    exec: (sql) => connection.exec(sql),
    query: (sql) => connection.query(sql),
    reset: () => connection.exec(`${SCOPE_SQL[dialect].drop(scope)}; ${SCOPE_SQL[dialect].enter(scope)}`),
    close: async () => {
      try {
        await connection.exec(SCOPE_SQL[dialect].drop(scope));
      } catch (error) {
        console.warn(`Could not drop ${scope}: ${failureReason(error)}`);
      }
      try {
        await connection.end();
      } catch (error) {
        console.warn(`Could not close the connection working in ${scope}: ${failureReason(error)}`);
      }
    },
  };
}

/** A one-line reason for a failed connection or statement (Node's AggregateError has no message). */
export function failureReason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return [...new Set(error.errors.map(failureReason))].join('; ');
  if (error instanceof Error) return error.message || (error as NodeJS.ErrnoException).code || error.name;
  return String(error);
}
