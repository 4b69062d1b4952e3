import { Command } from 'commander';
import { CliFailure } from '../cli-failure.js';
import { connect, withConnection, type ConnectionOptions } from '../connection.js';
import { Interruption } from '../jobs/interruption.js';
import { runJob } from '../jobs/run-job.js';
import { describeTarget, databaseTarget } from '../load/database-target.js';
import { rowUpdatesOf } from '../load/row-updates.js';
import { loadTables } from '../load/load-tables.js';
import { openLoader } from '../load/open-loader.js';
import { databaseFailure, TableLoadFailure } from '../load/table-load-failure.js';
import { sourceBody, withGenerationOptions, type GenerationOptions } from '../options/generation-options.js';
import { progressDisplay } from '../progress/progress-display.js';

type LoadOptions = GenerationOptions &
  ConnectionOptions & { into: string; create?: boolean; truncate?: boolean; transaction: boolean; json?: boolean };

// `datagen load --into <database>`: a CSV job on the server, each dataset's file streamed from
// its link into its table, parents first.
export function loadCommand(): Command {
  const command = new Command('load').description('Generate data on the server and load it straight into a database (PostgreSQL, MySQL/MariaDB or SQLite).');
  withGenerationOptions(command, { planFile: true });
  command
    .requiredOption('--into <database>', 'postgres://user@host/db, mysql://user@host/db or sqlite:<path>')
    .option('--create', 'create the tables first (POST /api/ddl)')
    .option('--truncate', 'empty the tables first (children before parents)')
    .option('--no-transaction', 'commit table by table rather than all tables at once')
    .option('--json', 'print a JSON summary on stdout at the end, and nothing else');
  return withConnection(command).action(async (options: LoadOptions) => {
    const started = performance.now();
    const target = databaseTarget(options.into);
    const client = connect(options);
    const source = await sourceBody(options);
    const interruption = new Interruption();
    const loader = await openLoader(target);
    try {
      // One plan, with its seed, for the DDL and the job alike.
      const { plan } = await client.plan(source, interruption.signal);
      const updates = rowUpdatesOf(plan);
      const body = { plan, seed: plan.seed, ...(source.reality === undefined ? {} : { reality: source.reality }) };
      if (options.create) {
        const { ddl } = await client.ddl({ ...body, sql_dialect: loader.dialect }, interruption.signal);
        await loader.execute(ddl).catch((error: unknown) => Promise.reject(databaseFailure('Creating the tables failed', error)));
      }
      const job = await runJob(client, { ...body, output_format: 'csv', compression: 'none' }, progressDisplay('records'), interruption);
      const generated = performance.now();
      if (options.truncate) {
        const childrenFirst = Object.keys(job.result.datasets).filter((name) => !updates.has(name)).reverse();
        await loader.empty(childrenFirst).catch((error: unknown) => Promise.reject(databaseFailure('Emptying the tables failed', error)));
      }
      const tables = await loadTables(loader, job, updates, !options.transaction, progressDisplay('rows'), interruption.signal);
      const finished = performance.now();
      const rows = tables.reduce((sum, table) => sum + table.rows, 0);
      const loadSeconds = (finished - generated) / 1000;
      const summary = {
        job_id: job.job_id,
        status: 'loaded',
        into: describeTarget(options.into),
        seed: job.result.metadata.seed,
        tables: tables.map((table) => ({ table: table.table, rows: table.rows, seconds: round(table.seconds) })),
        rows,
        rows_per_second: Math.round(rows / loadSeconds),
        timings: { job_seconds: round((generated - started) / 1000), load_seconds: round(loadSeconds), total_seconds: round((finished - started) / 1000) },
      };
      if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else process.stderr.write(`Loaded ${rows.toLocaleString('en-US')} rows into ${tables.length} tables of ${summary.into} in ${summary.timings.load_seconds}s (${summary.rows_per_second.toLocaleString('en-US')} rows/s)\n`);
    } catch (error) {
      const failure = await interruption.failure(error, 'the job was cancelled and nothing was committed');
      const rolledBack = options.transaction ? 'nothing was loaded' : 'the tables loaded before it stay committed';
      throw failure instanceof TableLoadFailure ? new CliFailure(`${failure.message} (${rolledBack})`, failure.exitCode) : failure;
    } finally {
      interruption.dispose();
      await loader.close().catch(() => undefined);
    }
  });
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
