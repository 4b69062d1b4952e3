import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_OUTPUT_FORMATS } from '../../libs/api/src/request-limits.js';
import type { DefectEntry, Envelope } from '../../libs/client/src/api-types.js';
import type { PlanJson } from '../../libs/client/src/plan-types.js';
import type { LocalStack } from '../../scripts/local-stack.js';
import { startTestStack } from '../support/start-test-stack.js';

// `datagen mcp` as an assistant's host runs it: the built command spawned over stdio and
// driven by the MCP SDK's own client, against the real stack with API tokens on.
const CLI = join(dirname(fileURLToPath(import.meta.url)), '../../dist/cli/src/main.js');
const TOKEN = 'mcp-test-token-5b0e1c93d4';
const SEED = 20261214;
const REQUEST = { prompt: 'Online shop with customers, products and orders', datasets: 3, dataset_size: 300, seed: SEED };

interface McpSession {
  client: Client;
  // What the process wrote to stderr, and what the client could not read on stdout.
  stderr: string[];
  protocolErrors: Error[];
}

async function startMcp(server: string, token?: string): Promise<McpSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, 'mcp', '--server', server],
    env: { ...getDefaultEnvironment(), ...(token === undefined ? {} : { DATAGEN_TOKEN: token }) },
    stderr: 'pipe',
  });
  const stderr: string[] = [];
  transport.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const client = new Client({ name: 'datagen-mcp-test', version: '1' });
  const protocolErrors: Error[] = [];
  client.onerror = (error) => protocolErrors.push(error);
  await client.connect(transport);
  return { client, stderr, protocolErrors };
}

async function call(session: McpSession, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await session.client.callTool({ name, arguments: args }, undefined, { timeout: 90_000 })) as CallToolResult;
}

// A successful call's structured answer, checked against the JSON text beside it.
function structured<T>(result: CallToolResult): T {
  expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
  const [text] = result.content;
  expect(text?.type).toBe('text');
  expect(JSON.parse((text as { text: string }).text)).toEqual(result.structuredContent);
  return result.structuredContent as T;
}

function errorText(result: CallToolResult): string {
  expect(result.isError).toBe(true);
  return result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
}

let stack: LocalStack;
let session: McpSession;

async function api(path: string, body: unknown): Promise<Response> {
  return fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'identity', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  stack = await startTestStack({ env: { API_TOKENS: TOKEN } });
  session = await startMcp(stack.url, TOKEN);
});

afterAll(async () => {
  await session?.client.close();
  await stack?.stop();
});

describe('datagen mcp', () => {
  let plan: PlanJson;

  it('lists its tools with input schemas an assistant can fill in, quoting the API limits', async () => {
    const { tools } = await session.client.listTools();
    const byName = new Map(tools.map((tool) => [tool.name, tool]));
    expect([...byName.keys()].sort()).toEqual(['cancel_job', 'get_job', 'plan_dataset', 'preview_data', 'start_job']);
    for (const tool of tools) expect(tool.description!.length, tool.name).toBeGreaterThan(100);

    const plan = byName.get('plan_dataset')!.inputSchema;
    expect(Object.keys(plan.properties!).sort()).toEqual(['dataset_size', 'datasets', 'locale', 'prompt', 'reality', 'schema', 'seed']);
    const properties = byName.get('preview_data')!.inputSchema.properties as Record<string, { type: string; default?: number; description: string }>;
    expect(properties.records).toMatchObject({ type: 'integer', default: 10 });
    expect(properties.records!.description).toContain('from 1 to 1,000');
    expect(properties.reality!.description).toContain('from 0 to 10');
    expect(properties.plan!.type).toBe('object');

    const job = byName.get('start_job')!.inputSchema.properties as Record<string, { enum?: string[] }>;
    expect(job.format!.enum).toEqual([...JOB_OUTPUT_FORMATS]);
    expect(job.sql_dialect!.enum).toEqual(['postgres', 'mysql', 'sqlite']);
    expect(job.compression!.enum).toEqual(['none', 'gzip']);

    const getJob = byName.get('get_job')!.inputSchema;
    expect(getJob.required).toEqual(['job_id']);
    expect(getJob.properties!.wait_seconds).toMatchObject({ minimum: 0, maximum: 60, default: 0 });
  });

  it('plan_dataset answers the plan POST /api/plan answers', async () => {
    ({ plan } = structured<{ plan: PlanJson }>(await call(session, 'plan_dataset', REQUEST)));
    expect(plan.datasets.map((dataset) => dataset.name)).toEqual(['customers', 'products', 'orders']);
    const direct = (await (await api('/api/plan', REQUEST)).json()) as { plan: PlanJson };
    expect(plan).toEqual(direct.plan);
  });

  it("preview_data answers the first rows of /api/generate's records for the same plan and seed, and their defects by kind", async () => {
    const records = 25;
    const preview = structured<{ seed: number; datasets: Record<string, { columns: string[]; rows: unknown[][]; defects: Record<string, number> }> }>(
      await call(session, 'preview_data', { plan, reality: 9, seed: SEED, records }),
    );
    expect(preview.seed).toBe(SEED);
    const full = (await (await api('/api/generate', { plan, reality: 9, seed: SEED, include_defects: true })).json()) as Envelope;
    expect(Object.keys(preview.datasets)).toEqual(Object.keys(full.datasets));
    let defects = 0;
    for (const [name, dataset] of Object.entries(full.datasets)) {
      const { columns, rows, defects: byKind } = preview.datasets[name]!;
      expect(columns).toEqual(dataset.columns);
      expect(rows).toEqual(dataset.content.slice(0, records).map((record) => columns.map((column) => record[column])));
      const expected: Record<string, number> = {};
      for (const { kind } of dataset.defects!.filter((defect: DefectEntry) => defect.index < records)) expected[kind] = (expected[kind] ?? 0) + 1;
      expect(byKind).toEqual(expected);
      defects += Object.values(byKind).reduce((sum, count) => sum + count, 0);
    }
    expect(defects).toBeGreaterThan(0);
  });

  it('start_job then get_job waiting until completed gives download links to the bytes /api/generate answers', async () => {
    const started = structured<{ job_id: string; status: string }>(await call(session, 'start_job', { plan, reality: 7, seed: SEED, format: 'csv' }));
    expect(started.job_id).toMatch(/^[\w-]{10,}$/);
    expect(['queued', 'planning', 'running', 'completed']).toContain(started.status);

    const job = structured<{
      status: string;
      progress: { records_done: number; records_total: number; datasets: Record<string, { records_done: number }> };
      download_links: Record<string, string>;
      metadata: { seed: number; total_records: number; validation_score: number };
    }>(await call(session, 'get_job', { job_id: started.job_id, wait_seconds: 60 }));
    expect(job.status).toBe('completed');
    expect(job.progress).toMatchObject({ records_done: 900, records_total: 900 });
    expect(Object.keys(job.progress.datasets)).toEqual(['customers', 'products', 'orders']);
    expect(job.metadata).toMatchObject({ seed: SEED, total_records: 900 });

    const streamed = (await (await api('/api/generate', { plan, reality: 7, seed: SEED, output_format: 'csv' })).json()) as { datasets: Record<string, { content: string }> };
    expect(Object.keys(job.download_links).sort()).toEqual(Object.keys(streamed.datasets).sort());
    for (const [name, { content }] of Object.entries(streamed.datasets)) {
      const download = await fetch(job.download_links[name]!);
      expect(download.status).toBe(200);
      expect(await download.text()).toBe(content);
    }
  });

  it('cancel_job cancels a running job, and get_job then says cancelled', async () => {
    const { job_id } = structured<{ job_id: string }>(await call(session, 'start_job', { ...REQUEST, dataset_size: 1_600_000 }));
    const cancelled = structured<{ status: string }>(await call(session, 'cancel_job', { job_id }));
    expect(cancelled.status).toBe('cancelled');
    expect(structured<{ status: string }>(await call(session, 'get_job', { job_id, wait_seconds: 5 })).status).toBe('cancelled');
  });

  it("answers a request the API refuses as a tool error carrying the API's issues and suggestions", async () => {
    const preview = await call(session, 'preview_data', { plan, reality: 11, seed: SEED });
    expect(errorText(preview)).toContain('reality must be an integer from 0 to 10');
    expect(preview.structuredContent).toMatchObject({ status: 400, error: 'Invalid request payload' });

    const job = await call(session, 'start_job', { ...REQUEST, format: 'parquet', compression: 'gzip' });
    expect(errorText(job)).toMatch(/parquet/i);

    expect(errorText(await call(session, 'get_job', { job_id: 'no-such-job-0000000000' }))).toMatch(/not found/i);
    expect(errorText(await call(session, 'get_job', { job_id: 'no-such-job-0000000000', wait_seconds: 2 }))).toMatch(/not found/i);
  });

  it('keeps stdout to MCP messages, and the token out of everything it writes', async () => {
    const anonymous = await startMcp(stack.url);
    try {
      const refused = await call(anonymous, 'plan_dataset', REQUEST);
      expect(refused.structuredContent).toMatchObject({ status: 401 });
      expect(errorText(refused)).not.toContain(TOKEN);
      const wrongToken = await startMcp(stack.url, `${TOKEN}-wrong`);
      try {
        expect(errorText(await call(wrongToken, 'plan_dataset', REQUEST))).not.toContain(TOKEN);
        expect(wrongToken.stderr.join('')).not.toContain(TOKEN);
      } finally {
        await wrongToken.client.close();
      }
    } finally {
      await anonymous.client.close();
    }
    const unreachable = await startMcp('http://127.0.0.1:9', TOKEN);
    try {
      expect(errorText(await call(unreachable, 'plan_dataset', REQUEST))).toContain('could not be reached');
    } finally {
      await unreachable.client.close();
    }
    for (const each of [session, unreachable]) {
      expect(each.protocolErrors).toEqual([]);
      expect(each.stderr.join('')).not.toContain(TOKEN);
    }
  });
});
