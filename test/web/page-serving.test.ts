import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { startTestStack } from '../support/start-test-stack.js';

// How the gateway serves the page, without a browser: same origin, a policy that lets it
// reach only this server, and caching that never serves a stale page.
let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack({ env: { API_TOKENS: 'page-serving-token' } });
});

afterAll(async () => {
  await stack?.stop();
});

describe('the gateway serves the page', () => {
  it('at / with a same-origin Content-Security-Policy, and its hashed assets for a year, with API tokens on', async () => {
    const page = await fetch(`${stack.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    const html = await page.text();
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();

    const asset = await fetch(`${stack.url}${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');

    // The page needs no token; the API it calls still does.
    expect((await fetch(`${stack.url}/api/catalogue`)).status).toBe(401);
    const missing = await fetch(`${stack.url}/no-such-page`, { headers: { Authorization: 'Bearer page-serving-token' } });
    expect(missing.status).toBe(404);
  });
});
