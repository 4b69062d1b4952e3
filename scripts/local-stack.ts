import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';
import { checkServing } from '../libs/grpc/src/health-client.js';
import { SealingKey } from '../libs/sealing/src/sealed-secret.js';

// Starts the real planner, generator(s) and gateway as separate processes on loopback, the way
// `npm start` and the end-to-end tests need them, and stops them together.

// Compiled entry points, whether this file runs compiled (dist/scripts) or from source (tests).
const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = HERE.endsWith(join('dist', 'scripts')) ? join(HERE, '..') : join(HERE, '..', 'dist');
const ENTRY_POINTS = {
  planner: join(DIST, 'services/planner/src/main.js'),
  generator: join(DIST, 'services/generator/src/main.js'),
  gateway: join(DIST, 'gateway/src/main.js'),
  jobs: join(DIST, 'services/jobs/src/main.js'),
};

// Batches waiting in a stream's write buffer outlive young-generation collections and were
// promoted, so a generator's old generation grew to ~300 MB before a full collection. A larger
// young generation keeps them there and the old-space cap bounds the rest: peak RSS for
// 5 datasets × 1,000,000 records fell from ~310 to ~220 MB at about the same speed. The
// Dockerfile starts generators with the same arguments.
export const GENERATOR_NODE_ARGUMENTS = ['--max-semi-space-size=32', '--max-old-space-size=144'];

// The gateway relays every streamed byte through Buffers outside the JS heap, which V8 counts
// against the old generation's limit. For the gateway's small heap (~35 MB) that limit starts so
// low that a full mark-compact ran every ~12 MB relayed: 35 of them for 2,000,000 orders, a
// third of the gateway's CPU. Starting the old space at 128 MB let about a hundred MB pass
// between collections: its CPU for 5,000,000 orders as JSON fell from 6.3-6.8 s to 2.4-2.8 s,
// its peak RSS rose from ~210 to ~235 MB. Once generators sent faster, a gzip response peaked at
// 253-259 MB, past the 256 MB a process may take, and at 112 MB still at up to 258; at 96 MB it
// peaked at ~242 MB, for 9% more gateway CPU (5,000,000 orders 5% slower), and at 250-252 MB once
// gzip queued 1 MiB each way (http/response-compression.ts). The Dockerfile starts the gateway
// the same way.
export const GATEWAY_NODE_ARGUMENTS = ['--initial-old-space-size=96'];

export interface StackOptions {
  gatewayPort: number;
  plannerPort: number;
  generatorPorts: number[];
  // A free port when left out.
  jobsPort?: number;
  // The folder of the embedded stores (jobs in SQLite, files), shared by the coordinator, the
  // generators and the gateway; a new temporary one when left out. JOB_STORE and
  // ARTIFACT_STORE in `env` replace them.
  dataDir?: string;
  // Extra environment for every process (e.g. PLANNER_KIND, LOG_LEVEL).
  env?: NodeJS.ProcessEnv;
  // Where the processes' output goes: inherited (npm start) or collected (tests).
  stdio?: 'inherit' | 'pipe';
  startTimeoutMs?: number;
  // Each generator on a core of its own (Linux taskset), as a CPU limit of 1 holds a generator
  // pod to one core: for benches that compare pool sizes.
  pinGenerators?: boolean;
  // Node arguments for the generators after GENERATOR_NODE_ARGUMENTS: a bench's `--import`.
  generatorNodeArguments?: readonly string[];
}

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  output: string[];
}

export class LocalStack {
  readonly processes: RunningProcess[] = [];
  private readonly relaunches = new Map<string, () => ChildProcess>();

  private constructor(readonly options: Required<StackOptions>) {}

  static async start(options: StackOptions): Promise<LocalStack> {
    const stack = new LocalStack({
      env: {},
      stdio: 'pipe',
      startTimeoutMs: 30_000,
      pinGenerators: false,
      generatorNodeArguments: [],
      ...options,
      jobsPort: options.jobsPort ?? (await freePort()),
      dataDir: options.dataDir ?? mkdtempSync(join(tmpdir(), 'datagen-stack-')),
    });
    try {
      await stack.boot();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.gatewayPort}`;
  }

  get plannerAddress(): string {
    return `127.0.0.1:${this.options.plannerPort}`;
  }

  get jobsAddress(): string {
    return `127.0.0.1:${this.options.jobsPort}`;
  }

  get generatorAddresses(): string[] {
    return this.options.generatorPorts.map((port) => `127.0.0.1:${port}`);
  }

  private async boot(): Promise<void> {
    const { plannerPort, generatorPorts, gatewayPort, jobsPort, dataDir } = this.options;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SEALING_KEY: process.env.SEALING_KEY ?? SealingKey.generate(),
      // Links in job bodies and webhooks point at this stack's gateway.
      PUBLIC_URL: process.env.PUBLIC_URL ?? this.url,
      JOB_STORE: `sqlite:${join(dataDir, 'jobs.sqlite')}`,
      ARTIFACT_STORE: `file:${dataDir}`,
      // Shared by the gateway, which serves signed links, and the coordinator, which puts them in
      // webhooks; any 32 random bytes do for a local run.
      DOWNLOAD_LINK_SECRET: process.env.DOWNLOAD_LINK_SECRET ?? SealingKey.generate(),
      ...this.options.env,
    };
    const generatorAddress = generatorPorts.length === 1 ? this.generatorAddresses[0] : `ipv4:${this.generatorAddresses.join(',')}`;
    this.spawn('planner', ENTRY_POINTS.planner, { ...env, PLANNER_PORT: String(plannerPort) });
    generatorPorts.forEach((port, index) =>
      this.spawn(`generator-${index + 1}`, ENTRY_POINTS.generator, { ...env, GENERATOR_PORT: String(port) }, [...GENERATOR_NODE_ARGUMENTS, ...this.options.generatorNodeArguments], this.options.pinGenerators ? index % availableParallelism() : undefined),
    );
    await this.waitFor('planner and generators to serve', async () => {
      const checks = await Promise.all([this.plannerAddress, ...this.generatorAddresses].map((address) => checkServing(address)));
      return checks.every(Boolean);
    });
    this.spawn('jobs', ENTRY_POINTS.jobs, { ...env, JOBS_PORT: String(jobsPort), PLANNER_ADDRESS: this.plannerAddress, GENERATOR_ADDRESS: generatorAddress });
    await this.waitFor('the job coordinator to serve', () => checkServing(this.jobsAddress));
    this.spawn(
      'gateway',
      ENTRY_POINTS.gateway,
      {
        ...env,
        PORT: String(gatewayPort),
        PLANNER_ADDRESS: this.plannerAddress,
        GENERATOR_ADDRESS: generatorAddress,
        JOBS_ADDRESS: this.jobsAddress,
      },
      GATEWAY_NODE_ARGUMENTS,
    );
    await this.waitFor('the gateway to be ready', async () => {
      const response = await fetch(`${this.url}/readyz`).catch(() => undefined);
      return response?.status === 200;
    });
  }

  private spawn(name: string, entryPoint: string, env: NodeJS.ProcessEnv, nodeArguments: readonly string[] = [], core?: number): void {
    const command = [process.execPath, ...nodeArguments, entryPoint];
    if (core !== undefined) command.unshift('taskset', '--cpu-list', String(core));
    const output: string[] = [];
    const launch = () => this.launch(command, env, output);
    this.processes.push({ name, child: launch(), output });
    this.relaunches.set(name, launch);
  }

  private launch(command: string[], env: NodeJS.ProcessEnv, output: string[]): ChildProcess {
    const child = spawn(command[0]!, command.slice(1), { env, stdio: ['ignore', this.options.stdio, this.options.stdio] });
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (text: string) => output.push(text));
    }
    return child;
  }

  // Starts a generator again on its own port once its previous run has exited (as a
  // Deployment replaces a pod), and waits until it serves.
  async restartGenerator(number: number): Promise<void> {
    await this.restart(`generator-${number}`, this.generatorAddresses[number - 1]!);
  }

  // The same for the job coordinator.
  async restartJobs(): Promise<void> {
    await this.restart('jobs', this.jobsAddress);
  }

  private async restart(name: string, address: string): Promise<void> {
    const running = this.process(name);
    await exited(running.child);
    running.child = this.relaunches.get(running.name)!();
    await this.waitFor(`${running.name} to serve again`, () => checkServing(address), [running]);
  }

  private async waitFor(what: string, ready: () => Promise<boolean>, watched = this.processes): Promise<void> {
    const giveUpAt = Date.now() + this.options.startTimeoutMs;
    while (Date.now() < giveUpAt) {
      const stopped = watched.find((running) => running.child.exitCode !== null || running.child.signalCode !== null);
      if (stopped) throw new Error(`${stopped.name} exited while waiting for ${what}:\n${stopped.output.join('')}`);
      if (await ready()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Timed out waiting for ${what}`);
  }

  process(name: string): RunningProcess {
    const running = this.processes.find((candidate) => candidate.name === name);
    if (!running) throw new Error(`No process named ${name}`);
    return running;
  }

  // SIGTERM to all (gateway first, so it stops taking requests), SIGKILL after a grace period.
  async stop(graceMs = 10_000): Promise<void> {
    const order = [...this.processes].reverse();
    await Promise.all(order.map((running) => stopProcess(running.child, graceMs)));
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function stopProcess(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
