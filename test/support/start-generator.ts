import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkServing } from '../../libs/grpc/src/health-client.js';
import { freePort } from '../../scripts/free-port.js';
import { GENERATOR_NODE_ARGUMENTS } from '../../scripts/local-stack.js';

// The compiled entry point, whether this file runs from source (tests) or compiled (benches).
const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = HERE.endsWith(join('dist', 'test', 'support')) ? join(HERE, '..', '..') : join(HERE, '..', '..', 'dist');
const GENERATOR_MAIN = join(DIST, 'services', 'generator', 'src', 'main.js');

export interface RunningGenerator {
  readonly address: string;
  readonly child: ChildProcess;
  readonly output: string[];
  stop(): Promise<void>;
}

// One real generator process (compiled, with the node flags its pods run with) on a free
// loopback port, for tests that call it over gRPC without a gateway in front.
export async function startGenerator(env: NodeJS.ProcessEnv = {}, startTimeoutMs = 30_000): Promise<RunningGenerator> {
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...GENERATOR_NODE_ARGUMENTS, GENERATOR_MAIN], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, GENERATOR_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (text: string) => output.push(text));
  }
  const stop = () => stopChild(child);
  const giveUpAt = Date.now() + startTimeoutMs;
  while (!(await checkServing(address))) {
    if (child.exitCode !== null || Date.now() > giveUpAt) {
      await stop();
      throw new Error(`The generator did not start serving on ${address}:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { address, child, output, stop };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
