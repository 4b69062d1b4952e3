import { gunzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { startTestStack } from '../support/start-test-stack.js';

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
});

afterAll(async () => {
  await stack?.stop();
});

// Raw HTTP so the test sees exactly what went over the wire (fetch would decompress).
function rawPost(path: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  const url = new URL(path, stack.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('operability', () => {
  it('describes the documented request and response at /api/docs', async () => {
    const document = (await (await fetch(`${stack.url}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, { tags?: string[]; requestBody: unknown; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    // Each route under one tag, so the page lists it once.
    const tagged = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => [`${method} ${path}`, operation.tags]),
    );
    expect(Object.fromEntries(tagged)).toEqual({
      'post /api/generate': ['Generate'],
      'post /api/plan': ['Plan'],
      'post /api/ddl': ['Ddl'],
      'get /api/catalogue': ['Catalogue'],
      'post /api/jobs': ['Jobs'],
      'get /api/jobs/{id}': ['Jobs'],
      'delete /api/jobs/{id}': ['Jobs'],
      'get /api/jobs/{id}/events': ['Jobs'],
      'get /healthz': ['Health'],
      'get /readyz': ['Health'],
      'get /metrics': ['Metrics'],
    });
    const generate = document.paths['/api/generate'].post!;
    expect(Object.keys(generate.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '429']));
    expect(Object.keys(document.components.schemas.GenerateRequestDto.properties)).toEqual(
      expect.arrayContaining(['api_key', 'prompt', 'datasets', 'dataset_size', 'reality', 'output_format']),
    );
    expect(Object.keys(document.components.schemas.GenerateResponseDoc.properties)).toEqual([
      'success',
      'message',
      'datasets',
      'metadata',
      'download_links',
    ]);
    expect((await fetch(`${stack.url}/api/docs`)).status).toBe(200);
  });

  it('compresses with gzip when the client accepts it, and the body is the same', async () => {
    const body = JSON.stringify({ prompt: 'customers', datasets: 1, dataset_size: 2000, seed: 5 });
    const plain = await rawPost('/api/generate', body, { 'Accept-Encoding': 'identity' });
    const zipped = await rawPost('/api/generate', body, { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    const strip = (text: string) => text.replace(/"generation_timestamp":"[^"]+"/, '');
    expect(strip(gunzipSync(zipped.body).toString())).toBe(strip(plain.body.toString()));
  });

  it('reports liveness, readiness and Prometheus metrics', async () => {
    expect(await (await fetch(`${stack.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${stack.url}/readyz`)).json()).toEqual({ status: 'ready', planner: 'SERVING', generator: 'SERVING' });
    await rawPost('/api/generate', JSON.stringify({ prompt: 'customers', datasets: 1, dataset_size: 10 }));
    const metrics = await (await fetch(`${stack.url}/metrics`)).text();
    expect(metrics).toMatch(/datagen_generate_requests_total\{outcome="200",format="json"\} \d+/);
    expect(metrics).toMatch(/datagen_records_total\{format="json"\} \d+/);
    expect(metrics).toMatch(/datagen_generate_in_flight 0/);
    expect(metrics).toMatch(/datagen_generate_duration_seconds_bucket/);
  });

  it('never answers malformed payloads with a 5xx, and always in a documented shape', async () => {
    const bodies = [
      '',
      'null',
      '[]',
      '"text"',
      '42',
      '{',
      '{"prompt": }',
      '{"prompt": "x", "datasets": "2"}',
      '{"prompt": "x", "datasets": 2.5}',
      '{"prompt": "x", "datasets": null}',
      '{"prompt": "x", "dataset_size": -1}',
      '{"prompt": "x", "dataset_size": 1e309}',
      '{"prompt": "x", "dataset_size": 9007199254740993}',
      '{"prompt": "x", "reality": true}',
      '{"prompt": "x", "output_format": ["json"]}',
      '{"prompt": {"$ne": 1}}',
      '{"prompt": "x", "__proto__": {"admin": true}}',
      '{"prompt": "x", "constructor": {"prototype": {}}}',
      '{"prompt": "x", "api_key": 12345}',
      '{"prompt": "x", "api_key": "sk-"}',
      '{"prompt": "x", "seed": "1"}',
      '{"prompt": "x", "seed": 1.5}',
      `{"prompt": "${'x'.repeat(20_000)}"}`,
      `{"prompt": "x", "pad": "${'y'.repeat(2_000_000)}"}`,
      '{"prompt": "\\u0000\\ud800 customers and orders", "datasets": 2, "dataset_size": 3}',
      '{"prompt": "x", "datasets": 5, "dataset_size": 1000001}',
    ];
    let seed = 1;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const fields = ['prompt', 'datasets', 'dataset_size', 'reality', 'output_format', 'api_key', 'seed', 'sql_dialect'];
    const values = [null, true, -1, 0, 1, 3, 11, 1e6, 5e6, 'json', 'csv', 'sql', 'sk-x', '', [], {}, 'customers and orders', 'mysql'];
    for (let index = 0; index < 60; index++) {
      const body: Record<string, unknown> = {};
      for (const field of fields) if (random() < 0.6) body[field] = values[Math.floor(random() * values.length)];
      bodies.push(JSON.stringify(body));
    }
    for (const body of bodies) {
      const response = await rawPost('/api/generate', body, { 'Accept-Encoding': 'identity' });
      expect(response.status, body.slice(0, 80)).toBeLessThan(500);
      if (response.status === 200) continue;
      const json = JSON.parse(response.body.toString()) as Record<string, unknown>;
      expect(typeof json.error, body.slice(0, 80)).toBe('string');
      expect('detail' in json || ('issues' in json && 'suggestions' in json), body.slice(0, 80)).toBe(true);
    }
  });
});
