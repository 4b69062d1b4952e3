import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../cli/src/exit-codes.js';
import type { LocalStack } from '../../scripts/local-stack.js';
import { startTestStack } from '../support/start-test-stack.js';
import { runCli, runCliOnTerminal } from './run-cli.js';

const PROMPT = 'E-commerce platform with customers, products and orders';

describe('datagen plan and generate against a real stack', () => {
  let stack: LocalStack;
  let env: NodeJS.ProcessEnv;
  let folder: string;
  let planFile: string;

  beforeAll(async () => {
    stack = await startTestStack();
    env = { DATAGEN_URL: stack.url };
    folder = mkdtempSync(join(tmpdir(), 'datagen-cli-'));
    planFile = join(folder, 'plan.json');
  });
  afterAll(() => stack?.stop());

  it('prints the plan /api/plan answers, and nothing else, on stdout', async () => {
    const run = await runCli(['plan', PROMPT, '--datasets', '3', '--size', '500', '--seed', '42'], env);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { seed: number; datasets: { name: string; size: number }[] };
    expect(plan.seed).toBe(42);
    expect(plan.datasets.map((dataset) => [dataset.name, dataset.size])).toEqual([
      ['customers', 500],
      ['products', 500],
      ['orders', 500],
    ]);
    writeFileSync(planFile, run.stdout);
  });

  it('downloads files equal to /api/generate content for the same plan and seed, with a --json summary', async () => {
    const out = join(folder, 'csv');
    const run = await runCli(['generate', '--plan', planFile, '--seed', '42', '--format', 'csv', '--out', out, '--json'], env);
    expect(run.stderr).not.toMatch(/^datagen:/m);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as {
      job_id: string;
      status: string;
      seed: number;
      files: { path: string; bytes: number; sha256: string }[];
      datasets: Record<string, { records: number }>;
      timings: { total_seconds: number };
    };
    expect(summary.status).toBe('completed');
    expect(summary.seed).toBe(42);
    expect(summary.datasets).toEqual({ customers: { records: 500, format: 'csv' }, products: { records: 500, format: 'csv' }, orders: { records: 500, format: 'csv' } });
    expect(summary.timings.total_seconds).toBeGreaterThan(0);
    expect(summary.files.map((file) => file.path).sort()).toEqual(['customers.csv', 'orders.csv', 'products.csv']);
    expect(readdirSync(out).sort()).toEqual(['customers.csv', 'orders.csv', 'products.csv']);

    const plan = JSON.parse(readFileSync(planFile, 'utf8')) as unknown;
    const response = await fetch(`${stack.url}/api/generate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ plan, seed: 42, output_format: 'csv' }) });
    const envelope = (await response.json()) as { datasets: Record<string, { content: string }> };
    for (const file of summary.files) {
      const bytes = readFileSync(join(out, file.path));
      expect(bytes.toString('utf8')).toBe(envelope.datasets[file.path.replace('.csv', '')]!.content);
      expect(file.bytes).toBe(bytes.length);
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('puts Parquet parts under a folder per dataset', async () => {
    const out = join(folder, 'parquet');
    const run = await runCli(['generate', '--prompt', 'orders', '--datasets', '1', '--size', '300', '--format', 'parquet', '--out', out], env);
    expect(run.code).toBe(0);
    expect(readdirSync(join(out, 'orders'))).toEqual(['part-00000.parquet']);
    expect(readFileSync(join(out, 'orders', 'part-00000.parquet')).subarray(0, 4).toString()).toBe('PAR1');
  });

  it('draws a bar per dataset with records/s and ETA on a terminal', async () => {
    const run = await runCliOnTerminal(['generate', '--plan', planFile, '--format', 'ndjson', '--out', join(folder, 'tty')], env);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    for (const name of ['customers', 'products', 'orders']) expect(run.stdout).toMatch(new RegExp(`${name}\\s+\\[[█░]+\\] 100% 500/500 records \\| [\\d,]+/s \\| ETA`));
  });

  it('writes plain lines to stderr when it is not a terminal, and nothing to stdout without --json', async () => {
    const run = await runCli(['generate', '--plan', planFile, '--format', 'json', '--compression', 'gzip', '--out', join(folder, 'piped')], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    for (const name of ['customers', 'products', 'orders']) expect(run.stderr).toContain(`${name}: 500/500 records (100%)`);
    expect(run.stderr).not.toContain('█');
    expect(readdirSync(join(folder, 'piped')).sort()).toEqual(['customers.json.gz', 'orders.json.gz', 'products.json.gz']);
  });

  it('refuses bad input in one line with the documented exit code', async () => {
    const cases: [string[], number, RegExp][] = [
      [['generate', '--out', join(folder, 'x')], EXIT.USAGE, /^datagen: Say what to generate/],
      [['generate', '--plan', join(folder, 'missing.json'), '--out', join(folder, 'x')], EXIT.USAGE, /^datagen: --plan .* cannot be read: ENOENT/],
      [['plan', '--size', 'many'], EXIT.USAGE, /--size/],
      [['generate', '--prompt', 'orders', '--format', 'xml', '--out', join(folder, 'x')], EXIT.USAGE, /--format/],
      [['plan', 'orders', '--datasets', '99'], EXIT.REFUSED, /^datagen: .*datasets/i],
      [['load', '--prompt', 'orders', '--into', 'oracle://db'], EXIT.USAGE, /^datagen: --into oracle:\/\/db is not a database/],
    ];
    for (const [args, code, message] of cases) {
      const run = await runCli(args, env);
      expect({ args, code: run.code }).toEqual({ args, code });
      expect(run.stderr.split('\n')[0]).toMatch(message);
      expect(run.stdout).toBe('');
    }
    const unreachable = await runCli(['plan', 'orders', '--server', 'http://127.0.0.1:9'], {});
    expect(unreachable.code).toBe(EXIT.UNAVAILABLE);
    expect(unreachable.stderr.trim().split('\n')).toHaveLength(1);
  });
});
