import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import mysql from 'mysql2/promise';
import Database from 'better-sqlite3';
import { ApiClient } from '../libs/client/src/api-client.js';
import type { PlanJson } from '../libs/client/src/plan-types.js';
import { freePort } from '../scripts/free-port.js';
import { LocalStack } from '../scripts/local-stack.js';

// `datagen load` of 1,000,000 orders with as many customers and products (3,000,000 rows) into
// the PostgreSQL server here, beside `psql` running our own SQL output of the same plan in the
// same run, and beside Neosync's published 1,000,000 rows in 127 s; then MariaDB and SQLite.
// Rows/s count the load itself (from the job's completion to the last commit); the job's own
// time is shown beside it.
const ORDERS = 1_000_000;
const PROMPT = 'E-commerce platform with customers, products and orders';
const NEOSYNC_ROWS_PER_SECOND = 7_900;
const POSTGRES_URL = process.env.DATAGEN_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';
const MYSQL_URL = process.env.DATAGEN_TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306/test';
const LAUNCHER = fileURLToPath(new URL('../../cli/bin/datagen.js', import.meta.url));

interface LoadSummary {
  rows: number;
  timings: { job_seconds: number; load_seconds: number };
}

function datagen(args: string[], url: string): string {
  const run = spawnSync(process.execPath, [LAUNCHER, ...args, '--server', url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`datagen ${args[0]} exited ${run.status}: ${run.stderr.trim().split('\n').at(-1)}`);
  return run.stdout;
}

// The CREATE TABLE statements of the plan's SQL output (POST /api/ddl).
async function createStatements(url: string, plan: PlanJson, dialect: string): Promise<string> {
  const { ddl } = await new ApiClient(url, () => '').ddl({ plan, reality: 0, sql_dialect: dialect });
  return ddl;
}

async function withPostgresDatabase<T>(name: string, work: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

function rate(rows: number, seconds: number): string {
  return Math.round(rows / seconds).toLocaleString('en-US');
}

export async function runLoadBench(): Promise<void> {
  const stack = await LocalStack.start({ gatewayPort: await freePort(), plannerPort: await freePort(), generatorPorts: [await freePort()], env: { LOG_LEVEL: 'warn' } });
  const rows: Record<string, string | number>[] = [];
  try {
    const folder = mkdtempSync(join(tmpdir(), 'datagen-load-bench-'));
    const planText = datagen(['plan', PROMPT, '--datasets', '3', '--size', String(ORDERS), '--seed', '20261201'], stack.url);
    const plan = JSON.parse(planText) as PlanJson;
    const planFile = join(folder, 'plan.json');
    writeFileSync(planFile, planText);
    const total = plan.datasets.reduce((sum, dataset) => sum + dataset.size, 0);
    const load = (into: string): LoadSummary => JSON.parse(datagen(['load', '--plan', planFile, '--reality', '0', '--into', into, '--json'], stack.url)) as LoadSummary;
    const row = (target: string, summary: LoadSummary) => {
      rows.push({ target, rows: summary.rows.toLocaleString('en-US'), 'job s': summary.timings.job_seconds, 'load s': summary.timings.load_seconds, 'rows/s': rate(summary.rows, summary.timings.load_seconds), 'vs Neosync': `${(summary.rows / summary.timings.load_seconds / NEOSYNC_ROWS_PER_SECOND).toFixed(1)}×` });
    };

    const postgresDdl = await createStatements(stack.url, plan, 'postgres');
    await withPostgresDatabase('datagen_load_bench', async (url) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(postgresDdl);
      await client.end();
      row('PostgreSQL, datagen load (COPY)', load(url));
    });

    // The same plan and seed as SQL files (CREATE TABLE and multi-row INSERTs), run by psql.
    const sqlFolder = join(folder, 'sql');
    datagen(['generate', '--plan', planFile, '--reality', '0', '--format', 'sql', '--sql-dialect', 'postgres', '--out', sqlFolder], stack.url);
    await withPostgresDatabase('datagen_psql_bench', async (url) => {
      const started = performance.now();
      for (const dataset of plan.datasets) {
        const file = readdirSync(sqlFolder).find((name) => name.startsWith(`${dataset.name}.`))!;
        execFileSync('psql', ['-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', join(sqlFolder, file)], { stdio: ['ignore', 'ignore', 'inherit'] });
      }
      const seconds = (performance.now() - started) / 1000;
      rows.push({ target: 'PostgreSQL, psql of our SQL output', rows: total.toLocaleString('en-US'), 'job s': '-', 'load s': Number(seconds.toFixed(3)), 'rows/s': rate(total, seconds), 'vs Neosync': `${(total / seconds / NEOSYNC_ROWS_PER_SECOND).toFixed(1)}×` });
    });

    const admin = await mysql.createConnection({ uri: MYSQL_URL, multipleStatements: true });
    await admin.query('DROP DATABASE IF EXISTS datagen_load_bench; CREATE DATABASE datagen_load_bench');
    await admin.query(`USE datagen_load_bench; ${await createStatements(stack.url, plan, 'mysql')}`);
    const mysqlUrl = new URL(MYSQL_URL);
    mysqlUrl.pathname = '/datagen_load_bench';
    try {
      row('MariaDB, datagen load (LOAD DATA)', load(mysqlUrl.toString()));
    } finally {
      await admin.query('DROP DATABASE IF EXISTS datagen_load_bench');
      await admin.end();
    }

    const sqlitePath = join(folder, 'shop.db');
    const sqlite = new Database(sqlitePath);
    sqlite.exec(await createStatements(stack.url, plan, 'sqlite'));
    sqlite.close();
    row('SQLite, datagen load (prepared INSERTs)', load(`sqlite:${sqlitePath}`));
  } finally {
    await stack.stop();
  }
  console.log(`\nLoading ${ORDERS.toLocaleString('en-US')} orders with their customers and products (reality 0); Neosync published ${NEOSYNC_ROWS_PER_SECOND.toLocaleString('en-US')} rows/s into PostgreSQL`);
  console.table(rows);
}
