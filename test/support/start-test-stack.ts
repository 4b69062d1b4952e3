import { freePort } from '../../scripts/free-port.js';
import { LocalStack } from '../../scripts/local-stack.js';

// The real stack on free loopback ports, for one test file, with its embedded stores in a
// temporary folder of its own.
export async function startTestStack(options: { generators?: number; env?: NodeJS.ProcessEnv } = {}): Promise<LocalStack> {
  const generatorPorts = await Promise.all(Array.from({ length: options.generators ?? 1 }, () => freePort()));
  return LocalStack.start({
    gatewayPort: await freePort(),
    plannerPort: await freePort(),
    generatorPorts,
    env: { LOG_LEVEL: 'warn', ...options.env },
  });
}
