import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The page's whole JavaScript, as `npm test`'s build (pretest) writes it, gzipped as the
// gateway sends it: the budget is 250 KB.
const BUDGET_BYTES = 250 * 1024;
const ASSETS = join(process.cwd(), 'dist', 'web', 'assets');

describe('the web page build', () => {
  it('ships at most 250 KB of gzipped JavaScript, and nothing from another origin', () => {
    const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, name) => sum + gzipSync(readFileSync(join(ASSETS, name)), { level: 9 }).length, 0);
    console.info(`web page JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${scripts.length} file(s)`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
    const html = readFileSync(join(process.cwd(), 'dist', 'web', 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
