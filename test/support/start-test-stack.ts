import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, LocalStack } from '../../scripts/local-stack.js';

// The real stack on free loopback ports, for one test file, with its embedded stores in a
// temporary folder of its own.
export async function startTestStack(options: { generators?: number; env?: NodeJS.ProcessEnv } = {}): Promise<LocalStack> {
  const generatorPorts = await Promise.all(Array.from({ length: options.generators ?? 1 }, () => freePort()));
  return LocalStack.start({
    gatewayPort: await freePort(),
    plannerPort: await freePort(),
    jobsPort: await freePort(),
    generatorPorts,
    dataDir: mkdtempSync(join(tmpdir(), 'datagen-stack-')),
    env: { LOG_LEVEL: 'warn', ...options.env },
  });
}
