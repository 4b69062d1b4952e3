import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { startTestStack } from '../support/start-test-stack.js';

// The real stack with API tokens: one in API_TOKENS, one in API_TOKENS_FILE.
const LISTED = 'listed-token-4f1d9c';
const FROM_FILE = 'file-token-8a2e77';
const SMALL = { prompt: 'customers', datasets: 1, dataset_size: 3 };

let stack: LocalStack;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'datagen-tokens-'));
  const tokensFile = join(folder, 'tokens');
  await writeFile(tokensFile, `# deploy robot\n${FROM_FILE}\n`);
  stack = await startTestStack({
    env: { API_TOKENS: LISTED, API_TOKENS_FILE: tokensFile, LOG_LEVEL: 'info' },
  });
});

afterAll(async () => {
  await stack?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

function post(path: string, body: unknown, authorization?: string): Promise<Response> {
  return fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization === undefined ? {} : { Authorization: authorization }) },
    body: JSON.stringify(body),
  });
}

describe('API tokens', () => {
  it('refuse /api/generate without a token, or with one that is not configured, with 401 and WWW-Authenticate', async () => {
    for (const authorization of [undefined, 'Bearer not-a-token', `Basic ${LISTED}`, `Bearer ${LISTED}x`, 'Bearer']) {
      const response = await post('/api/generate', SMALL, authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toEqual({ error: 'Unauthorized', detail: expect.stringMatching(/API token/) });
    }
  });

  it('let /api/generate through with a token from the list or from the file', async () => {
    for (const token of [LISTED, FROM_FILE]) {
      const response = await post('/api/generate', SMALL, `Bearer ${token}`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { metadata: { total_records: number } }).metadata.total_records).toBe(3);
    }
  });

  it('guard /api/plan and /api/jobs too, before the body is checked', async () => {
    expect((await post('/api/plan', SMALL)).status).toBe(401);
    expect((await post('/api/jobs', { prompt: 'x', datasets: 99 })).status).toBe(401);
    expect((await fetch(`${stack.url}/api/jobs/some-id`)).status).toBe(401);
    expect((await fetch(`${stack.url}/api/jobs/some-id`, { method: 'DELETE' })).status).toBe(401);
  });

  it('then check a job request as /api/generate does, before anything is queued', async () => {
    const invalid = await post('/api/jobs', { prompt: 'x', datasets: 99, output_format: 'parquet' }, `Bearer ${LISTED}`);
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ error: 'Invalid request payload', issues: ['datasets must be an integer from 1 to 5'], suggestions: [] });
    const badKey = await post('/api/jobs', { ...SMALL, api_key: 'not-a-key' }, `Bearer ${LISTED}`);
    expect(badKey.status).toBe(401);
    expect(await badKey.json()).toEqual({ error: 'Invalid API key format', detail: "API key must start with 'sk-'" });
  });

  it('leave health, readiness and the API docs open', async () => {
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${stack.url}/readyz`)).status).toBe(200);
    const docs = await fetch(`${stack.url}/api/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toMatch(/text\/html/);
    const document = (await (await fetch(`${stack.url}/api/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/jobs', '/api/jobs/{id}', '/api/jobs/{id}/events']));
  });

  it('never show a token in the logs: the Authorization header is redacted', () => {
    const log = stack.process('gateway').output.join('');
    expect(log).toContain('"authorization":"[redacted]"');
    expect(log).not.toContain(LISTED);
    expect(log).not.toContain(FROM_FILE);
  });
});
