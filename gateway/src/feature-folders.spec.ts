import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dependencyOrder } from '../../libs/graph/src/dependency-order.js';

const SOURCE = dirname(fileURLToPath(import.meta.url));
const FEATURES = ['generate', 'plans', 'jobs', 'downloads', 'auth', 'health', 'metrics'];

// The folder of gateway/src each relative import of a feature's files lands in.
function foldersImportedBy(feature: string): Set<string> {
  const folder = join(SOURCE, feature);
  const imported = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))) {
    for (const [, path] of readFileSync(join(folder, file), 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const [top] = relative(SOURCE, resolve(folder, path!)).split('/');
      if (top !== feature && top !== '..') imported.add(top!);
    }
  }
  return imported;
}

describe('gateway feature folders', () => {
  it('have a module each and import one another without a cycle', () => {
    for (const feature of FEATURES) expect(readdirSync(join(SOURCE, feature)).filter((name) => name.endsWith('.module.ts')), feature).toHaveLength(1);
    const imports = new Map(FEATURES.map((feature) => [feature, foldersImportedBy(feature)]));
    expect(imports.get('generate')).toContain('plans');
    expect(imports.get('plans')).not.toContain('generate');
    expect([...imports.get('jobs')!]).toEqual(expect.arrayContaining(['plans', 'downloads', 'auth']));
    expect(imports.get('jobs')).not.toContain('generate');
    expect(dependencyOrder(FEATURES, (feature) => imports.get(feature)!).cycles).toEqual([]);
  });
});
