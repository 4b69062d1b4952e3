import { inject } from 'vitest';
import {
  connectMariaDbServer,
  connectPostgresServer,
  createPostgresDatabase,
  failureReason,
  inScope,
  startPglite,
  type ScopeDialect,
  type ScratchDatabase,
  type SqlConnection,
  type SqlDatabase,
} from './sql-database.js';

export type { ScratchDatabase, SqlDatabase } from './sql-database.js';

/**
 * The databases SQL-loading tests load into, decided once per run by a short connect
 * probe:
 *
 * - PostgreSQL: the server at DATAGEN_TEST_POSTGRES_URL when it answers, otherwise PGlite
 *   (PostgreSQL in-process), so PostgreSQL loading is proven on every machine.
 * - MariaDB: the server at DATAGEN_TEST_MYSQL_URL when it answers, otherwise skipped, with one
 *   line saying how to enable the tests.
 * - With CI=true every server is required: no PGlite, no skip; `open()` fails saying which
 *   server did not answer, so the run fails.
 *
 * Usage, at the top of a test file:
 *
 *   const postgres = await postgresForTests();
 *   const mariaDb = await mariaDbForTests();
 *
 *   describe(`SQL loads into PostgreSQL (${postgres.engine})`, () => {
 *     let database: SqlDatabase | undefined;
 *     beforeAll(async () => { database = await postgres.open('engine'); });
 *     afterAll(() => database?.close());
 *     it('...', async () => { await database!.exec(script); ... });
 *   });
 *
 *   describe.skipIf(mariaDb.skip)('SQL loads into MariaDB', () => { ...the same with mariaDb });
 *
 * PGlite runs on the test's own thread: its start and every script block that thread, for
 * seconds on a busy machine. A test that also talks HTTP to a running stack should finish its
 * requests first (test/e2e/sql-databases.test.ts does): fetch's idle keep-alive sockets cannot
 * expire while the thread is blocked, and the next request goes out on one the server closed.
 */
export interface TestDatabase {
  /** What the tests run on: "server", "PGlite" or "absent"; fit for a test name. */
  readonly engine: 'server' | 'PGlite' | 'absent';
  /** True when the database is absent and may be skipped: pass it to describe.skipIf / it.skipIf. */
  readonly skip: boolean;
  /**
   * A fresh connection working in a new scope named after `scopePrefix` (see `SqlDatabase`).
   * Rejects with a clear reason when the database is absent but required (CI=true).
   */
  open(scopePrefix: string): Promise<SqlDatabase>;
}

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';
const DEFAULT_MYSQL_URL = 'mysql://root@127.0.0.1:3306/test';
const PROBE_TIMEOUT_MS = 3000;

const environment = {
  postgresUrl: process.env.DATAGEN_TEST_POSTGRES_URL || DEFAULT_POSTGRES_URL,
  mysqlUrl: process.env.DATAGEN_TEST_MYSQL_URL || DEFAULT_MYSQL_URL,
  serversRequired: /^(true|1)$/i.test(process.env.CI ?? ''),
};

const POSTGRES: Candidate = {
  name: 'PostgreSQL',
  variable: 'DATAGEN_TEST_POSTGRES_URL',
  url: environment.postgresUrl,
  dialect: 'postgres',
  connect: connectPostgresServer,
  fallback: { engine: 'PGlite', start: startPglite, notice: 'PostgreSQL tests run on PGlite' },
};

const MARIADB: Candidate = {
  name: 'MariaDB',
  variable: 'DATAGEN_TEST_MYSQL_URL',
  url: environment.mysqlUrl,
  dialect: 'mariadb',
  connect: connectMariaDbServer,
};

/** Why each server did not answer the run's probe; absent when it answered. */
export interface DatabaseAbsences {
  postgres?: string;
  mariaDb?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAbsences: DatabaseAbsences;
  }
}

/**
 * Probes both servers once for the whole run (vitest's globalSetup, test/support/database-probe.ts)
 * and prints, once, what a missing one means: PGlite, a skip, or with CI=true a failure.
 */
export async function probeDatabases(): Promise<DatabaseAbsences> {
  const [postgres, mariaDb] = await Promise.all([probe(POSTGRES), probe(MARIADB)]);
  for (const [candidate, absence] of [[POSTGRES, postgres], [MARIADB, mariaDb]] as const) {
    if (absence !== undefined) console.warn(consequence(candidate, absence));
  }
  return { ...(postgres === undefined ? {} : { postgres }), ...(mariaDb === undefined ? {} : { mariaDb }) };
}

/** PostgreSQL for this test file: the server when it answers, otherwise PGlite (unless CI=true). */
export async function postgresForTests(): Promise<TestDatabase> {
  return decide(POSTGRES, inject('databaseAbsences').postgres);
}

/** MariaDB for this test file: the server when it answers, otherwise skipped (unless CI=true). */
export async function mariaDbForTests(): Promise<TestDatabase> {
  return decide(MARIADB, inject('databaseAbsences').mariaDb);
}

/**
 * The PostgreSQL server itself, for code that speaks its wire protocol, where PGlite cannot
 * stand in (a store connecting by URL): each test makes a database of its own on it.
 */
export interface TestPostgresServer {
  /** True when no server answered: pass it to describe.skipIf. */
  readonly skip: boolean;
  /**
   * A new, empty database named after `prefix`. Rejects with a clear reason when the server is
   * absent but required (CI=true).
   */
  createDatabase(prefix: string): Promise<ScratchDatabase>;
}

/**
 * The PostgreSQL server for this test file when it answers; otherwise skipped, with one line
 * saying how to enable the tests (unless CI=true, when the tests fail).
 */
export function postgresServerForTests(): TestPostgresServer {
  const absence = inject('databaseAbsences').postgres;
  if (absence === undefined) {
    return { skip: false, createDatabase: (prefix) => createPostgresDatabase(POSTGRES.url, uniqueScope(prefix)) };
  }
  const reason = consequence({ ...POSTGRES, name: 'PostgreSQL server', fallback: undefined }, absence);
  if (!environment.serversRequired) console.warn(reason);
  return { skip: !environment.serversRequired, createDatabase: () => Promise.reject(new Error(reason)) };
}

// A name for a schema or database that no other run, earlier or at the same time, uses.
function uniqueScope(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
}

interface Candidate {
  name: string;
  variable: string;
  url: string;
  dialect: ScopeDialect;
  connect(url: string, connectTimeoutMs?: number): Promise<SqlConnection>;
  fallback?: { engine: 'PGlite'; start(): Promise<SqlConnection>; notice: string };
}

function decide(candidate: Candidate, absence: string | undefined): TestDatabase {
  if (absence === undefined) {
    return { engine: 'server', skip: false, open: async (prefix) => inScope(await candidate.connect(candidate.url), candidate.dialect, uniqueScope(prefix)) };
  }
  const { fallback } = candidate;
  if (environment.serversRequired) {
    const reason = consequence(candidate, absence);
    return { engine: 'absent', skip: false, open: () => Promise.reject(new Error(reason)) };
  }
  if (fallback) {
    return { engine: fallback.engine, skip: false, open: async (prefix) => inScope(await fallback.start(), candidate.dialect, uniqueScope(prefix)) };
  }
  const reason = consequence(candidate, absence);
  return { engine: 'absent', skip: true, open: () => Promise.reject(new Error(reason)) };
}

// The one line that says what a missing server means for this run, and how to provide one.
function consequence(candidate: Candidate, absence: string): string {
  const missing = `no server at ${withoutPassword(candidate.url)} (${absence}); start one or set ${candidate.variable}`;
  if (environment.serversRequired) return `${candidate.name} is required when CI=true, but there is ${missing}`;
  return candidate.fallback ? `${candidate.fallback.notice}: ${missing}` : `${candidate.name} tests skipped: ${missing}`;
}

/** Undefined when the server answers, otherwise why it did not. */
async function probe(candidate: Candidate): Promise<string | undefined> {
  try {
    const connection = await candidate.connect(candidate.url, PROBE_TIMEOUT_MS);
    await connection.end();
    return undefined;
  } catch (error) {
    return failureReason(error);
  }
}

// The URL is quoted in messages; a password in it must not be.
function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
