import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['web/**/*.spec.ts', 'cli/**/*.spec.ts', 'libs/**/*.spec.ts', 'services/**/*.spec.ts', 'gateway/**/*.spec.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/support/database-probe.ts'],
  },
});
