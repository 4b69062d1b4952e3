import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { createLogger } from '../../libs/logging/src/logger.js';
import { SealingKey } from '../../libs/sealing/src/sealed-secret.js';
import { GATEWAY_NODE_ARGUMENTS, GENERATOR_NODE_ARGUMENTS } from '../../scripts/local-stack.js';
import {
  allows,
  APPS,
  composeMount,
  containerEnv,
  dockerEnv,
  findObject,
  instructions,
  k8sFiles,
  K8S_DIR,
  loadCompose,
  loadConfig,
  loadK8s,
  namesReadBy,
  parseDockerfile,
  preStopSeconds,
  quantity,
  readText,
  resolvePort,
  ROOT,
  seconds,
  selects,
  SHUTDOWN_HEADROOM_SECONDS,
  stageChain,
  strings,
  composeEnv,
  type App,
  type Container,
  type Deployment,
  type Endpoint,
  type HorizontalPodAutoscaler,
  type K8sObject,
  type NetworkPolicy,
  type PodDisruptionBudget,
  type SecretKeyRef,
  type Service,
} from './deploy-files.js';

// The deployment files must say what the code expects: the env names its config loaders read,
// the ports they default to, the probes its servers answer, and files the build produces.

const TEST_KEY = SealingKey.generate();
const LOADER_NAMES: Record<App, string> = {
  gateway: 'loadGatewayConfig',
  planner: 'loadPlannerConfig',
  generator: 'loadGeneratorConfig',
  jobs: 'loadJobsConfig',
};

// The settings that are secrets: never in a file of this repository, always from .env or the
// shell (Compose) or a Secret the operator creates (Kubernetes). The keys are made with
// `openssl rand -hex 32`, and Compose refuses to start without one an app reads; the others are
// optional there (API_TOKENS, the AWS keys) or default to the embedded store (JOB_STORE).
const GENERATED_KEYS = ['SEALING_KEY', 'DOWNLOAD_LINK_SECRET', 'WEBHOOK_SIGNING_SECRET'];
const SECRETS = [...GENERATED_KEYS, 'JOB_STORE', 'API_TOKENS', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];
const TEST_JOB_STORE = 'postgres://datagen:password@postgres:5432/datagen';
const secretValue = (name: string) => (name === 'JOB_STORE' ? TEST_JOB_STORE : TEST_KEY);
// What the config loaders refuse to start without.
const KEYS = Object.fromEntries(GENERATED_KEYS.map((name) => [name, TEST_KEY]));
const namesRead = (app: App) => namesReadBy(app, KEYS);

// Settings that apps reading the same one must agree on: one artifact store, and the links and
// webhook checks of the gateway and the coordinator.
const SHARED_SETTINGS = ['ARTIFACT_STORE', 'AWS_REGION', 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE', 'PUBLIC_URL', 'DOWNLOAD_LINK_TTL', 'WEBHOOK_ALLOW_PRIVATE_NETWORKS'];

// A compiled path (dist/x/y.js) comes from x/y.ts, if tsconfig.build.json compiles that file.
function sourceOfCompiled(path: string): string {
  const match = /^dist\/(.+)\.js$/.exec(path);
  if (!match) throw new Error(`${path} is not under dist/`);
  const source = `${match[1]}.ts`;
  const build = JSON.parse(readText('tsconfig.build.json')) as { include: string[] };
  const roots = build.include.map((glob) => glob.slice(0, glob.indexOf('*')));
  expect(existsSync(join(ROOT, source)), `${source} (compiled to ${path}) exists`).toBe(true);
  expect(roots.some((root) => source.startsWith(root)), `${source} is in tsconfig.build.json's include`).toBe(true);
  expect(source).not.toMatch(/\.(spec|test)\.ts$/);
  return source;
}

// A string that SealingKey.parse would take for a key: 64 hex characters or 32 bytes of base64.
const looksLikeKey = (text: string) => /^[0-9a-fA-F]{64}$/.test(text) || /^[A-Za-z0-9+/]{43}=?$/.test(text);

// Whether an absolute path is the folder or lies below it.
const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

// How long an app keeps working after SIGTERM by its own configuration: the gateway its responses
// (each bounded by REQUEST_TIMEOUT_MS), the gRPC services their calls (their shutdown grace).
function shutdownMs(app: App, env: Record<string, string>): number {
  return app === 'gateway' ? loadConfig(app, env).config.requestTimeoutMs : loadConfig(app, env).config.shutdownGraceMs;
}

// A plan waits on at most one model call per attempt; the planner's shutdown grace must let
// every attempt run to its timeout.
function expectPlannerGraceCoversModelCalls(env: Record<string, string>): void {
  const { openai, shutdownGraceMs } = loadConfig('planner', env).config;
  expect(shutdownGraceMs).toBeGreaterThanOrEqual(openai.timeoutMs * (openai.maxRetries + 1));
}

afterEach(() => vi.unstubAllEnvs());

describe('the code configuration the deployment files are checked against', () => {
  it('reads LOG_LEVEL outside the config loaders', () => {
    vi.stubEnv('LOG_LEVEL', 'warn');
    expect(createLogger('probe').level).toBe('warn');
  });

  it("planner: the default shutdown grace lets a plan's model call run to its timeout", () => {
    expectPlannerGraceCoversModelCalls({ SEALING_KEY: TEST_KEY });
  });

  it('records the names each config loader reads', () => {
    expect(namesRead('gateway')).toContain('GENERATOR_ADDRESS');
    expect(namesRead('planner')).toContain('PLANNER_PORT');
    expect(namesRead('generator')).not.toContain('SEALING_KEY');
    expect(namesRead('jobs')).toContain('JOB_STORE');
  });

  it('an app that opens an artifact store also reads the S3 settings', () => {
    for (const name of ['ARTIFACT_STORE', 'AWS_ACCESS_KEY_ID', 'S3_ENDPOINT']) expect(namesRead('jobs')).toContain(name);
    expect(namesRead('planner')).not.toContain('AWS_ACCESS_KEY_ID');
  });
});

describe('Dockerfile', () => {
  const stages = parseDockerfile(readText('Dockerfile'));

  it.each(APPS)('builds %s on node:24-bookworm-slim, as a non-root user, starting a file the build produces', (app) => {
    const chain = stageChain(stages, app);
    expect(chain[0]?.from).toBe('node:24-bookworm-slim');
    const users = chain.flatMap((stage) => stage.instructions).filter((instruction) => instruction.op === 'USER');
    expect(users.at(-1)?.args).toMatch(/^(?!root\b|0\b)\S+/);

    const cmd = chain.at(-1)?.instructions.filter((instruction) => instruction.op === 'CMD').at(-1);
    const argv = JSON.parse(cmd?.args ?? 'null') as string[];
    expect(argv[0], 'exec form, node as PID 1, no npm or shell in between').toBe('node');
    const entry = argv.find((arg) => arg.endsWith('.js')) ?? '';
    const source = sourceOfCompiled(entry);
    expect(readText(source), `${source} is the ${app}'s entry point`).toContain(`${LOADER_NAMES[app]}(`);
  });

  it.each([
    ['generator', GENERATOR_NODE_ARGUMENTS],
    ['gateway', GATEWAY_NODE_ARGUMENTS],
  ] as const)('starts the %s with the V8 arguments the local stack uses', (app, nodeArguments) => {
    const cmd = stageChain(stages, app).at(-1)?.instructions.filter((instruction) => instruction.op === 'CMD').at(-1);
    const argv = JSON.parse(cmd?.args ?? 'null') as string[];
    expect(argv).toEqual(expect.arrayContaining([...nodeArguments]));
  });

  it.each(APPS)('%s: the image defaults bind all interfaces and EXPOSE the configured port', (app) => {
    const chain = stageChain(stages, app);
    const { config } = loadConfig(app, { ...dockerEnv(chain), ...KEYS });
    expect(config.host).toBe('0.0.0.0');
    const exposed = chain.at(-1)?.instructions.filter((instruction) => instruction.op === 'EXPOSE').map(({ args }) => Number(args));
    expect(exposed).toEqual([config.port]);
  });

  it.each(APPS)('%s: ships production dependencies, the compiled code, package.json and proto/', (app) => {
    const chain = stageChain(stages, app);
    const copies = chain.flatMap((stage) => stage.instructions).filter((instruction) => instruction.op === 'COPY').map(({ args }) => args);
    const copyFrom = (path: string) => {
      const copy = copies.find((args) => new RegExp(`^--from=(\\S+) /app/${path} `).test(args));
      const from = /^--from=(\S+)/.exec(copy ?? '')?.[1];
      return stages.find((stage) => stage.name === from);
    };
    const runs = (stage: { instructions: { op: string; args: string }[] } | undefined) =>
      stage?.instructions.filter((instruction) => instruction.op === 'RUN').map(({ args }) => args) ?? [];

    expect(runs(copyFrom('node_modules')).some((run) => /npm ci\b.*--omit=dev/.test(run)), 'node_modules without dev deps').toBe(true);
    expect(runs(copyFrom('dist')).some((run) => /npm run build|tsc -p tsconfig\.build\.json/.test(run))).toBe(true);
    expect(copies.some((args) => /^package\.json\s/.test(args)), 'package.json ("type": "module")').toBe(true);
    expect(copies.some((args) => /^proto\s/.test(args)), 'proto/ for the run-time loader').toBe(true);
  });

  it('builds the web page into the dist/ the gateway image ships (the gateway serves dist/web at /)', () => {
    const chain = stageChain(stages, 'gateway');
    const copiesDist = chain.flatMap((stage) => stage.instructions).some((instruction) => instruction.op === 'COPY' && /^--from=build \/app\/dist /.test(instruction.args));
    const builds = stages.find((stage) => stage.name === 'build')!.instructions.some((instruction) => instruction.op === 'RUN' && /npm run build\b/.test(instruction.args));
    const buildScript = (JSON.parse(readText('package.json')) as { scripts: Record<string, string> }).scripts.build;
    expect(copiesDist && builds).toBe(true);
    expect(buildScript).toMatch(/vite build --config web\/vite\.config\.ts/);
    expect(readText('.dockerignore').split('\n')).not.toContain('web');
  });

  // Production packages whose install script builds a native module (a binding.gyp), from the
  // lock file: `npm ci --ignore-scripts` leaves them without it.
  const nativeProductionPackages = () => {
    const lock = JSON.parse(readText('package-lock.json')) as { packages: Record<string, { dev?: boolean; hasInstallScript?: boolean }> };
    return Object.entries(lock.packages)
      .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && entry.hasInstallScript)
      .map(([path]) => path.slice('node_modules/'.length))
      .filter((name) => existsSync(join(ROOT, 'node_modules', name, 'binding.gyp')));
  };

  it('builds the native modules of production dependencies in the deps stage, from source, and checks they load', () => {
    const natives = nativeProductionPackages();
    expect(natives, 'better-sqlite3, the embedded job store').toContain('better-sqlite3');
    const deps = stageChain(stages, 'deps');
    const runs = instructions(deps, 'RUN');
    expect(runs.some((run) => /\bapt-get install\b.*\bpython3\b/.test(run) && /\bmake\b/.test(run) && /\bg\+\+/.test(run)), 'a compiler for node-gyp').toBe(true);
    const install = runs.find((run) => /npm ci\b.*--omit=dev/.test(run)) ?? '';
    expect(install, 'install scripts skipped, but for the rebuilt packages').toMatch(/--ignore-scripts/);
    for (const name of natives) {
      expect(install).toMatch(new RegExp(`npm_config_build_from_source=true [^&]*npm rebuild ${name}\\b`));
      expect(install, `${name} is loaded once built`).toContain(`require('${name}')`);
    }
  });

  it.each(APPS)('%s: ships no compiler (it stays in the deps stage)', (app) => {
    const shipped = stageChain(stages, app);
    expect(shipped.map((stage) => stage.name)).not.toContain('deps');
    for (const run of instructions(shipped, 'RUN')) expect(run).not.toMatch(/apt-get|g\+\+|\bmake\b/);
  });

  it.each(APPS)("%s: the embedded stores' folder exists, owned by the user the app runs as", (app) => {
    const chain = stageChain(stages, app);
    const workdir = instructions(chain, 'WORKDIR').at(-1) ?? '/';
    const user = instructions(chain, 'USER').at(-1);
    const folder = instructions(chain, 'RUN')
      .map((run) => /\binstall -d -o (\d+) -g (\d+)(?: -m \d+)? (\S+)$/.exec(run))
      .find((match) => match?.[3] === posix.join(workdir, 'data'));
    expect(folder, `${workdir}/data created in the image`).toBeDefined();
    expect(`${folder?.[1]}:${folder?.[2]}`).toBe(user);
  });

  it("the coordinator's default stores lie in that folder, relative to the image's WORKDIR", () => {
    const workdir = instructions(stageChain(stages, 'jobs'), 'WORKDIR').at(-1) ?? '/';
    const { jobStore, artifactStore } = loadConfig('jobs', KEYS).config;
    expect(jobStore).toMatch(/^sqlite:/);
    expect(artifactStore).toMatch(/^file:/);
    for (const path of [jobStore.slice('sqlite:'.length), artifactStore.slice('file:'.length)]) {
      expect(inside(posix.resolve(workdir, path), posix.join(workdir, 'data')), path).toBe(true);
    }
  });

  it('holds no secret', () => {
    const text = readText('Dockerfile');
    for (const name of SECRETS) expect(text).not.toContain(name);
    expect(text.split(/[\s"'=]+/).filter(looksLikeKey)).toEqual([]);
  });

  it('.dockerignore keeps secrets, dependencies, build output and local job data out of the context', () => {
    const ignored = readText('.dockerignore').split('\n').map((line) => line.trim());
    for (const entry of ['.env', 'node_modules', 'dist', '.git', 'data']) expect(ignored).toContain(entry);
  });
});

describe('docker-compose.yml', () => {
  const compose = loadCompose();
  const { services } = compose;
  const shell = KEYS;
  const service = (app: App) => {
    const found = services[app];
    if (!found) throw new Error(`no service ${app}`);
    return found;
  };
  const env = (app: App) => composeEnv(service(app), shell);
  const config = <A extends App>(app: A) => loadConfig(app, env(app)).config;
  const mounts = (app: App) => (service(app).volumes ?? []).map(composeMount);
  const imageDataFolder = () => {
    const chain = stageChain(parseDockerfile(readText('Dockerfile')), 'runtime');
    return posix.join(instructions(chain, 'WORKDIR').at(-1) ?? '/', 'data');
  };

  it('has exactly the planner, the generator, the job coordinator and the gateway, each built from its Dockerfile target', () => {
    expect(Object.keys(services).sort()).toEqual([...APPS].sort());
    const targets = parseDockerfile(readText('Dockerfile')).map((stage) => stage.name);
    for (const app of APPS) {
      expect(service(app).build).toEqual({ context: '.', target: app });
      expect(targets).toContain(app);
    }
  });

  it.each(APPS)('%s: every variable set is one the app reads, and its configuration loads', (app) => {
    const names = namesRead(app);
    for (const name of Object.keys(service(app).environment ?? {})) expect(names, `${app} reads ${name}`).toContain(name);
    expect(config(app).host).toBe('0.0.0.0');
  });

  it.each(['planner', 'generator', 'jobs'] as const)('%s: the health check asks grpc.health.v1 on the configured port', (app) => {
    const test = service(app).healthcheck?.test ?? [];
    expect(test.slice(0, 2)).toEqual(['CMD', 'node']);
    expect(sourceOfCompiled(test[2] ?? '')).toBe('scripts/grpc-health-probe.ts');
    expect(test[3]).toBe(`127.0.0.1:${config(app).port}`);
  });

  it('gateway: publishes and health-checks /readyz on its configured port', () => {
    const { port } = config('gateway');
    const published = (service('gateway').ports ?? []).map((mapping) => interpolatePort(mapping));
    expect(published).toEqual([port]);
    const test = service('gateway').healthcheck?.test ?? [];
    expect(test.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
    expect(test[3]).toContain(`fetch('http://127.0.0.1:${port}/readyz')`);
  });

  it('gateway: calls the planner and the coordinator by service name and round-robins over every generator through Docker DNS', () => {
    const gateway = config('gateway');
    expect(gateway.plannerAddress).toBe(`planner:${config('planner').port}`);
    expect(gateway.generatorAddress).toBe(`dns:///generator:${config('generator').port}`);
    expect(env('gateway').JOBS_ADDRESS).toBe(`jobs:${config('jobs').port}`);
    expect(service('gateway').depends_on).toEqual({
      planner: { condition: 'service_healthy' },
      generator: { condition: 'service_healthy' },
      jobs: { condition: 'service_healthy' },
    });
  });

  it('jobs: calls the planner by service name and round-robins over every generator through Docker DNS', () => {
    const jobs = config('jobs');
    expect(jobs.plannerAddress).toBe(`planner:${config('planner').port}`);
    expect(jobs.generatorAddress).toBe(`dns:///generator:${config('generator').port}`);
    expect(service('jobs').depends_on).toEqual({
      planner: { condition: 'service_healthy' },
      generator: { condition: 'service_healthy' },
    });
  });

  it('generator: runs replicas and can be scaled (no container_name, no published port)', () => {
    const generator = service('generator');
    expect(generator.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(generator.container_name).toBeUndefined();
    expect(generator.ports).toBeUndefined();
  });

  it.each(APPS)('%s: stop_grace_period covers its shutdown setting and headroom before SIGKILL', (app) => {
    const grace = seconds(service(app).stop_grace_period ?? '10s');
    expect(grace).toBeGreaterThanOrEqual(Math.ceil(shutdownMs(app, env(app)) / 1000) + SHUTDOWN_HEADROOM_SECONDS);
  });

  it("planner: its shutdown grace lets a plan's model call run to its timeout", () => {
    expectPlannerGraceCoversModelCalls(env('planner'));
  });

  describe('the embedded stores, in the datagen-data volume', () => {
    const STORE_WRITERS = ['jobs', 'generator'] as const;
    const dataMount = (app: App) => mounts(app).find((mount) => mount.source === 'datagen-data');

    it('is a named volume, mounted where the image keeps its data folder (owned by the apps\' user)', () => {
      expect(compose.volumes).toHaveProperty('datagen-data');
      for (const app of [...STORE_WRITERS, 'gateway'] as const) expect(dataMount(app)?.target, app).toBe(imageDataFolder());
      expect(dataMount('planner')).toBeUndefined();
    });

    it('the coordinator and every generator write it; the gateway, which only serves downloads, reads it', () => {
      for (const app of STORE_WRITERS) expect(dataMount(app)?.readOnly, app).toBe(false);
      expect(dataMount('gateway')?.readOnly).toBe(true);
    });

    it('every app that opens the artifact store names the same one, by default a folder in its volume', () => {
      const readers = APPS.filter((app) => namesRead(app).has('ARTIFACT_STORE'));
      expect(readers).toContain('jobs');
      const stores = new Set(readers.map((app) => env(app).ARTIFACT_STORE));
      expect([...stores]).toHaveLength(1);
      const [store = ''] = stores;
      expect(store).toMatch(/^file:\//);
      for (const app of readers) expect(inside(store.slice('file:'.length), dataMount(app)?.target ?? '?'), app).toBe(true);
    });

    it('jobs: SQLite in its volume, for one coordinator', () => {
      const { jobStore } = config('jobs');
      expect(jobStore).toMatch(/^sqlite:\//);
      expect(inside(jobStore.slice('sqlite:'.length), dataMount('jobs')?.target ?? '?')).toBe(true);
      expect(service('jobs').deploy?.replicas ?? 1).toBe(1);
    });

    it('PostgreSQL and S3 instead come from .env, with the S3 settings on every app that opens the store', () => {
      const external = { ...shell, JOB_STORE: TEST_JOB_STORE, ARTIFACT_STORE: 's3://bucket/prefix', S3_ENDPOINT: 'http://minio:9000', AWS_ACCESS_KEY_ID: TEST_KEY };
      expect(composeEnv(service('jobs'), external).JOB_STORE).toBe(TEST_JOB_STORE);
      for (const app of APPS.filter((candidate) => namesRead(candidate).has('ARTIFACT_STORE'))) {
        expect(composeEnv(service(app), external), app).toEqual(
          expect.objectContaining({ ARTIFACT_STORE: 's3://bucket/prefix', S3_ENDPOINT: 'http://minio:9000', AWS_ACCESS_KEY_ID: TEST_KEY }),
        );
        expect(env(app), `${app}: unset S3 settings stay unset`).not.toHaveProperty('S3_ENDPOINT');
      }
    });
  });

  it('the gateway and the coordinator agree on links and webhook checks, and links point at the published port', () => {
    for (const name of SHARED_SETTINGS) {
      const values = new Set(APPS.filter((app) => name in (service(app).environment ?? {})).map((app) => String(service(app).environment?.[name])));
      expect(values.size, name).toBeLessThanOrEqual(1);
    }
    const publicUrl = new URL(env('jobs').PUBLIC_URL ?? '');
    expect(publicUrl.origin).toBe(`http://127.0.0.1:${config('gateway').port}`);
    expect(new URL(composeEnv(service('jobs'), { ...shell, DATAGEN_PORT: '8080' }).PUBLIC_URL ?? '').port).toBe('8080');
  });

  it('takes every secret from .env or the shell, and refuses to start without a key an app reads', () => {
    for (const app of APPS) {
      const environment = service(app).environment ?? {};
      for (const name of SECRETS.filter((secret) => secret in environment)) {
        const value = environment[name];
        if (GENERATED_KEYS.includes(name)) expect(String(value), `${app} ${name}`).toMatch(new RegExp(`^\\$\\{${name}:\\?[^}]+\\}$`));
        else if (name === 'JOB_STORE') expect(String(value)).toMatch(/^\$\{JOB_STORE:-sqlite:[^}@]+\}$/);
        else expect(value, `${app} ${name} passes through from .env, if set`).toBeNull();
      }
      for (const name of GENERATED_KEYS.filter((key) => namesRead(app).has(key))) {
        expect(environment, `${app} reads ${name}`).toHaveProperty(name);
        expect(() => composeEnv(service(app), { ...shell, [name]: '' })).toThrow(new RegExp(`${name} is required`));
      }
    }
    expect(service('generator').environment).not.toHaveProperty('SEALING_KEY');
    expect(strings(parse(readText('docker-compose.yml'))).filter(looksLikeKey)).toEqual([]);
  });

  function interpolatePort(mapping: string): number {
    const parts = mapping.replace(/\$\{[^}]+\}/g, 'x').split(':');
    return Number(parts.at(-1));
  }
});

describe('deploy/k8s', () => {
  const documents = loadK8s();
  const objects = documents.map(({ object }) => object);
  const deployment = (app: App) => findObject<Deployment>(objects, 'Deployment', `datagen-${app}`);
  const service = (app: App) => findObject<Service>(objects, 'Service', `datagen-${app}`);
  const container = (app: App): Container => {
    const containers = deployment(app).spec.template.spec.containers;
    expect(containers).toHaveLength(1);
    return containers[0] as Container;
  };
  // The environment as the pods start with it when the operator has created the required
  // Secrets (kustomization.yaml) and none of the optional ones.
  const startEnv = (app: App) => {
    const { env, secretRefs } = containerEnv(container(app), objects);
    const required = Object.entries(secretRefs).filter(([, ref]) => !ref.optional);
    return { ...env, ...Object.fromEntries(required.map(([name]) => [name, secretValue(name)])) };
  };
  const config = <A extends App>(app: A) => loadConfig(app, startEnv(app)).config;

  it('kustomization.yaml lists every manifest, and no manifest names a namespace', () => {
    const kustomization = parse(readText(join(K8S_DIR, 'kustomization.yaml'))) as { resources: string[]; namespace?: string };
    expect([...kustomization.resources].sort()).toEqual(k8sFiles().filter((file) => file !== 'kustomization.yaml'));
    expect(kustomization.namespace).toBeUndefined();
    for (const object of objects) expect(object.metadata.namespace, `${object.kind} ${object.metadata.name}`).toBeUndefined();
  });

  it.each(APPS)('%s: every variable set is one the app reads, and its configuration loads', (app) => {
    const names = namesRead(app);
    const { env, fromSecrets } = containerEnv(container(app), objects);
    for (const name of [...Object.keys(env), ...fromSecrets]) expect(names, `${app} reads ${name}`).toContain(name);
    const loaded = config(app);
    expect(loaded.host).toBe('0.0.0.0');
    expect(container(app).ports?.map((port) => port.containerPort)).toEqual([loaded.port]);
  });

  it.each(['planner', 'generator', 'jobs'] as const)('%s: native gRPC probes ask grpc.health.v1 on the gRPC port', (app) => {
    const { port } = config(app);
    const { readinessProbe, livenessProbe, startupProbe } = container(app);
    for (const probe of [readinessProbe, livenessProbe]) expect(probe?.grpc?.port).toBe(port);
    if (startupProbe) expect(startupProbe.grpc?.port).toBe(port);
  });

  it('gateway: HTTP probes, /healthz for liveness and /readyz for readiness, on the HTTP port', () => {
    const gateway = container('gateway');
    const { port } = config('gateway');
    expect(gateway.livenessProbe?.httpGet?.path).toBe('/healthz');
    expect(gateway.readinessProbe?.httpGet?.path).toBe('/readyz');
    for (const probe of [gateway.livenessProbe, gateway.readinessProbe, gateway.startupProbe].filter(Boolean)) {
      expect(resolvePort(gateway, probe?.httpGet?.port)).toBe(port);
    }
    // /readyz asks both upstreams with a 1 s deadline each, in parallel.
    expect(gateway.readinessProbe?.timeoutSeconds).toBeGreaterThanOrEqual(2);
  });

  it.each(APPS)('%s: the Service selects the Deployment pods and targets the configured port', (app) => {
    const pods = deployment(app).spec.template.metadata.labels;
    expect(deployment(app).spec.selector.matchLabels).toEqual(expect.objectContaining(service(app).spec.selector));
    expect(pods).toEqual(expect.objectContaining(service(app).spec.selector));
    const ports = service(app).spec.ports;
    expect(ports).toHaveLength(1);
    expect(resolvePort(container(app), ports[0]?.targetPort ?? ports[0]?.port)).toBe(config(app).port);
  });

  it('gateway, planner and jobs have ClusterIP Services; the generators a headless one', () => {
    for (const app of ['gateway', 'planner', 'jobs'] as const) {
      expect(service(app).spec.type ?? 'ClusterIP').toBe('ClusterIP');
      expect(service(app).spec.clusterIP).not.toBe('None');
    }
    expect(service('generator').spec.clusterIP).toBe('None');
  });

  it('gateway: reaches the planner Service and round-robins over the headless generator Service', () => {
    const gateway = config('gateway');
    const planner = service('planner');
    expect(gateway.plannerAddress).toBe(`${planner.metadata.name}:${planner.spec.ports[0]?.port}`);
    const generator = service('generator');
    expect(gateway.generatorAddress).toMatch(
      new RegExp(`^dns:///${generator.metadata.name}(\\.[a-z0-9-]+\\.svc\\.cluster\\.local)?:${generator.spec.ports[0]?.port}$`),
    );
  });

  it("gateway: reaches the coordinator's Service (JOBS_ADDRESS), whose port is the coordinator's JOBS_PORT", () => {
    const jobs = service('jobs');
    expect(jobs.spec.ports).toHaveLength(1);
    expect(containerEnv(container('gateway'), objects).env.JOBS_ADDRESS).toBe(`${jobs.metadata.name}:${jobs.spec.ports[0]?.port}`);
    expect(jobs.spec.ports[0]?.port).toBe(config('jobs').port);
  });

  it('jobs: reaches the planner Service and round-robins over the headless generator Service, as the gateway does', () => {
    const jobs = config('jobs');
    const gateway = config('gateway');
    expect(jobs.plannerAddress).toBe(gateway.plannerAddress);
    expect(jobs.generatorAddress).toBe(gateway.generatorAddress);
  });

  it('the HPA scales the generator Deployment on CPU, and the Deployment leaves the count to it', () => {
    const hpa = findObject<HorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler', 'datagen-generator');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment('generator').metadata.name });
    expect(hpa.spec.metrics).toContainEqual(
      expect.objectContaining({ type: 'Resource', resource: expect.objectContaining({ name: 'cpu' }) }),
    );
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas ?? 1);
    expect(deployment('generator').spec.replicas).toBeUndefined();
    const horizontalTargets = objects.filter((object) => object.kind === 'HorizontalPodAutoscaler');
    expect(horizontalTargets).toHaveLength(1);
  });

  it.each(APPS)('%s: requests and limits for cpu and memory, requests within limits', (app) => {
    const { resources } = container(app);
    for (const resource of ['cpu', 'memory']) {
      const request = quantity(resource, resources?.requests?.[resource] ?? '');
      const limit = quantity(resource, resources?.limits?.[resource] ?? '');
      expect(request).toBeGreaterThan(0);
      expect(limit).toBeGreaterThanOrEqual(request);
    }
  });

  it.each(APPS)('%s: terminationGracePeriodSeconds covers the preStop hook, its shutdown setting and headroom', (app) => {
    const needed = preStopSeconds(container(app)) + Math.ceil(shutdownMs(app, startEnv(app)) / 1000) + SHUTDOWN_HEADROOM_SECONDS;
    expect(deployment(app).spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(needed);
  });

  it("planner: its shutdown grace lets a plan's model call run to its timeout", () => {
    expectPlannerGraceCoversModelCalls(startEnv('planner'));
  });

  it.each(APPS)('%s: runs as non-root, with no service-link variables shadowing its own', (app) => {
    const pod = deployment(app).spec.template.spec;
    expect(pod.securityContext?.runAsNonRoot).toBe(true);
    expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
    if (pod.enableServiceLinks !== false) {
      // Kubernetes injects <SERVICE>_PORT=tcp://..., <SERVICE>_SERVICE_HOST, ... for every Service.
      const names = namesRead(app);
      for (const object of objects.filter((candidate) => candidate.kind === 'Service')) {
        const prefix = object.metadata.name.toUpperCase().replace(/-/g, '_');
        for (const name of names) expect(name.startsWith(`${prefix}_`), `${name} vs Service ${object.metadata.name}`).toBe(false);
      }
    }
  });

  it.each(APPS)('%s: no privilege escalation, a read-only root filesystem, every capability dropped', (app) => {
    expect(container(app).securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
  });

  it('secrets come from Secrets the operator creates, never from a manifest', () => {
    for (const app of ['gateway', 'planner'] as const) {
      const variable = container(app).env?.find((candidate) => candidate.name === 'SEALING_KEY');
      expect(variable?.value).toBeUndefined();
      expect(variable?.valueFrom?.secretKeyRef).toEqual({ name: 'datagen-sealing', key: 'SEALING_KEY' });
    }
    for (const app of APPS) {
      const { env } = containerEnv(container(app), objects);
      for (const name of SECRETS) expect(env, `${app}: ${name} from a ConfigMap or a literal`).not.toHaveProperty(name);
    }
    const secrets: K8sObject[] = objects.filter((object) => object.kind === 'Secret');
    for (const secret of secrets) for (const name of SECRETS) expect({ ...secret.data, ...secret.stringData }).not.toHaveProperty(name);
    for (const { file, object } of documents) expect(strings(object).filter(looksLikeKey), file).toEqual([]);
    expect(strings(parse(readText(join(K8S_DIR, 'kustomization.yaml')))).filter(looksLikeKey)).toEqual([]);
  });

  it('a secret two apps read comes from the same Secret key, and only API_TOKENS is optional', () => {
    const refs = new Map<string, SecretKeyRef>();
    for (const app of APPS) {
      for (const [name, ref] of Object.entries(containerEnv(container(app), objects).secretRefs)) {
        expect(SECRETS, `${app}: ${name} is a known secret`).toContain(name);
        expect(ref.key).toBe(name);
        expect(Boolean(ref.optional), `${app}: ${name} optional`).toBe(name === 'API_TOKENS');
        expect(refs.get(name) ?? ref, `${app}: ${name}`).toEqual(ref);
        refs.set(name, ref);
      }
    }
  });

  it('apps that read a shared setting get the same value (one artifact store; the same links and webhook checks)', () => {
    for (const name of SHARED_SETTINGS) {
      const readers = APPS.filter((app) => namesRead(app).has(name));
      const values = new Set(readers.map((app) => containerEnv(container(app), objects).env[name]));
      expect(values.size, `${name} across ${readers.join(', ')}`).toBeLessThanOrEqual(1);
    }
    for (const app of APPS.filter((candidate) => namesRead(candidate).has('ARTIFACT_STORE'))) {
      const { env, fromSecrets } = containerEnv(container(app), objects);
      expect(env.ARTIFACT_STORE, app).toMatch(/^s3:\/\/[a-z0-9.-]+/);
      expect(fromSecrets, `${app} holds the keys of the bucket`).toEqual(expect.arrayContaining(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']));
    }
  });

  it('jobs: its replicas share the work through PostgreSQL (a Secret) and S3; no datagen pod keeps files of its own', () => {
    expect(deployment('jobs').spec.replicas).toBeGreaterThanOrEqual(2);
    expect(containerEnv(container('jobs'), objects).secretRefs.JOB_STORE).toEqual({ name: 'datagen-job-store', key: 'JOB_STORE' });
    expect(config('jobs').artifactStore).toMatch(/^s3:\/\//);
    for (const app of APPS) {
      expect(deployment(app).spec.template.spec.volumes, app).toBeUndefined();
      expect(container(app).volumeMounts, app).toBeUndefined();
    }
  });

  it.each(APPS)('%s: the image is the one the Dockerfile target builds', (app) => {
    expect(container(app).image).toBe(`datagen-${app}`);
  });

  const podLabels = (app: App) => deployment(app).spec.template.metadata.labels;
  const otherApps = (app: App) => APPS.filter((other) => other !== app);

  describe('node drains and failures', () => {
    const budget = (app: App): PodDisruptionBudget => {
      const budgets = objects.filter((object) => object.kind === 'PodDisruptionBudget') as unknown as PodDisruptionBudget[];
      const matching = budgets.filter((candidate) => selects(candidate.spec.selector, podLabels(app)));
      expect(matching, `PodDisruptionBudgets selecting the ${app} pods`).toHaveLength(1);
      return matching[0] as PodDisruptionBudget;
    };
    // The fewest replicas the app runs: the Deployment's count, or the autoscaler's minimum.
    const fewestReplicas = (app: App) =>
      deployment(app).spec.replicas ??
      findObject<HorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler', deployment(app).metadata.name).spec.minReplicas ??
      1;
    // Pods the budget lets an eviction take out of `replicas` healthy ones.
    const evictable = (pdb: PodDisruptionBudget, replicas: number) => {
      const { maxUnavailable, minAvailable } = pdb.spec;
      if (typeof maxUnavailable === 'string' || typeof minAvailable === 'string') throw new Error('percentages are not evaluated here');
      return maxUnavailable ?? replicas - (minAvailable ?? replicas);
    };

    it.each(APPS)('%s: one PodDisruptionBudget (policy/v1) selects its pods and only those', (app) => {
      const pdb = budget(app);
      expect(pdb.apiVersion).toBe('policy/v1');
      for (const other of otherApps(app)) expect(selects(pdb.spec.selector, podLabels(other)), other).toBe(false);
    });

    it.each(APPS)('%s: a drain evicts one pod at a time while another serves, and never waits forever', (app) => {
      const pdb = budget(app);
      const replicas = fewestReplicas(app);
      expect(replicas).toBeGreaterThanOrEqual(2);
      expect(evictable(pdb, replicas)).toBe(1);
      // Scaled down to one pod, the budget must still let it go, or every drain of its node hangs.
      expect(evictable(pdb, 1)).toBeGreaterThanOrEqual(1);
      // A pod that is not Ready serves nothing; it must not hold a drain up either.
      expect(pdb.spec.unhealthyPodEvictionPolicy).toBe('AlwaysAllow');
    });

    it.each(['gateway', 'planner', 'jobs'] as const)('%s: spreads its replicas over nodes and zones', (app) => {
      const constraints = deployment(app).spec.template.spec.topologySpreadConstraints ?? [];
      expect(constraints.map((constraint) => constraint.topologyKey).sort()).toEqual(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);
      for (const constraint of constraints) {
        expect(constraint.maxSkew).toBe(1);
        expect(selects(constraint.labelSelector, podLabels(app))).toBe(true);
        for (const other of otherApps(app)) expect(selects(constraint.labelSelector, podLabels(other)), other).toBe(false);
      }
    });
  });

  describe('NetworkPolicies', () => {
    const NAMESPACE = 'datagen';
    const policies = objects.filter((object) => object.kind === 'NetworkPolicy') as unknown as NetworkPolicy[];
    const pod = (app: App, ip: string): Endpoint => ({ ip, namespace: NAMESPACE, pod: podLabels(app) });
    const pods: Record<App, Endpoint> = {
      gateway: pod('gateway', '10.244.1.10'),
      planner: pod('planner', '10.244.1.11'),
      generator: pod('generator', '10.244.1.12'),
      jobs: pod('jobs', '10.244.1.13'),
    };
    const otherPod: Endpoint = { ip: '10.244.2.20', namespace: NAMESPACE, pod: { 'app.kubernetes.io/name': 'other' } };
    const podElsewhere: Endpoint = { ip: '10.244.3.30', namespace: 'monitoring', pod: { 'app.kubernetes.io/name': 'prometheus' } };
    const kubeDns: Endpoint = { ip: '10.244.0.53', namespace: 'kube-system', pod: { 'k8s-app': 'kube-dns' } };
    const kubeSystemPod: Endpoint = { ip: '10.244.0.60', namespace: 'kube-system', pod: { 'k8s-app': 'metrics-server' } };
    const postgresPod: Endpoint = { ip: '10.244.4.40', namespace: 'databases', pod: { 'app.kubernetes.io/name': 'postgresql' } };
    const minioPod: Endpoint = { ip: '10.244.5.50', namespace: 'minio', pod: { 'app.kubernetes.io/name': 'minio' } };
    const internet: Endpoint = { ip: '203.0.113.10' };
    const internetV6: Endpoint = { ip: '2001:db8::10' };
    const privateHost: Endpoint = { ip: '10.0.0.5' };
    const cloudMetadata: Endpoint = { ip: '169.254.169.254' };
    const POSTGRES = 5432;
    const MINIO = 9000;
    const tcp = (from: Endpoint, to: Endpoint, port: number) => allows(policies, NAMESPACE, { from, to, port, protocol: 'TCP' });
    const udp = (from: Endpoint, to: Endpoint, port: number) => allows(policies, NAMESPACE, { from, to, port, protocol: 'UDP' });
    // Who may call each gRPC service.
    const CALLERS = { planner: ['gateway', 'jobs'], generator: ['gateway', 'jobs'], jobs: ['gateway'] } as const;

    it('a default-deny policy with no rules isolates every datagen pod both ways', () => {
      const denyAll = policies.filter((policy) => !policy.spec.ingress && !policy.spec.egress && APPS.every((app) => selects(policy.spec.podSelector, podLabels(app))));
      expect(denyAll).toHaveLength(1);
      expect([...(denyAll[0]?.spec.policyTypes ?? [])].sort()).toEqual(['Egress', 'Ingress']);
      expect(selects(denyAll[0]!.spec.podSelector, otherPod.pod!), 'other apps of the namespace keep their own rules').toBe(false);
    });

    it.each(['planner', 'generator', 'jobs'] as const)('%s: only its callers reach the gRPC port (and the reflection it serves)', (app) => {
      const { port } = config(app);
      const callers: readonly App[] = CALLERS[app];
      for (const caller of callers) expect(tcp(pods[caller], pods[app], port), caller).toBe(true);
      expect(tcp(pods.gateway, pods[app], port + 1)).toBe(false);
      const others = APPS.filter((other) => other !== app && !callers.includes(other)).map((other) => pods[other]);
      for (const source of [...others, otherPod, podElsewhere, internet]) expect(tcp(source, pods[app], port), source.ip).toBe(false);
    });

    it('gateway: its HTTP port is open to any source, and no other port', () => {
      const { port } = config('gateway');
      for (const source of [internet, otherPod, podElsewhere]) expect(tcp(source, pods.gateway, port), source.ip).toBe(true);
      expect(tcp(internet, pods.gateway, port + 1)).toBe(false);
    });

    it('gateway: trusts X-Forwarded-For only when nothing but its proxy can reach it', () => {
      const { port, trustProxy } = config('gateway');
      expect(trustProxy === false || !tcp(internet, pods.gateway, port), 'TRUST_PROXY with the HTTP port open to all lets clients forge their address').toBe(true);
    });

    it('gateway: reaches the planner, the generators and the coordinator on the ports they serve, and nothing else (no S3: it presigns)', () => {
      const planner = config('planner').port;
      const generator = config('generator').port;
      const jobs = config('jobs').port;
      expect(tcp(pods.gateway, pods.planner, planner)).toBe(true);
      expect(tcp(pods.gateway, pods.generator, generator)).toBe(true);
      expect(tcp(pods.gateway, pods.jobs, jobs)).toBe(true);
      expect(tcp(pods.gateway, pods.planner, generator)).toBe(false);
      expect(tcp(pods.gateway, otherPod, planner)).toBe(false);
      for (const [target, port] of [[internet, 443], [minioPod, MINIO], [postgresPod, POSTGRES]] as const) expect(tcp(pods.gateway, target, port), target.ip).toBe(false);
    });

    it("planner: reaches the model's endpoint (OPENAI_BASE_URL's port) outside the cluster, and nothing inside", () => {
      const url = new URL(config('planner').openai.baseURL);
      const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
      expect(tcp(pods.planner, internet, port)).toBe(true);
      expect(tcp(pods.planner, internetV6, port)).toBe(true);
      expect(tcp(pods.planner, internet, 80)).toBe(false);
      for (const inside of [privateHost, otherPod, pods.generator, pods.gateway, pods.jobs, kubeSystemPod, minioPod, postgresPod]) expect(tcp(pods.planner, inside, port), inside.ip).toBe(false);
    });

    it('jobs: calls the planner and the generators on the ports they serve', () => {
      expect(tcp(pods.jobs, pods.planner, config('planner').port)).toBe(true);
      expect(tcp(pods.jobs, pods.generator, config('generator').port)).toBe(true);
      expect(tcp(pods.jobs, pods.gateway, config('gateway').port)).toBe(false);
      expect(tcp(pods.jobs, pods.planner, config('generator').port)).toBe(false);
    });

    it('jobs: reaches PostgreSQL on 5432, in the cluster or at a private address, and no public host on that port', () => {
      for (const target of [postgresPod, privateHost]) expect(tcp(pods.jobs, target, POSTGRES), target.ip).toBe(true);
      expect(tcp(pods.jobs, internet, POSTGRES)).toBe(false);
      expect(tcp(pods.jobs, postgresPod, POSTGRES + 1)).toBe(false);
    });

    it('jobs: delivers webhooks over HTTP and HTTPS to public addresses only, never to private or link-local ones', () => {
      for (const port of [80, 443]) {
        expect(tcp(pods.jobs, internet, port)).toBe(true);
        expect(tcp(pods.jobs, internetV6, port)).toBe(true);
        for (const inside of [privateHost, cloudMetadata, otherPod, kubeSystemPod]) expect(tcp(pods.jobs, inside, port), `${inside.ip}:${port}`).toBe(false);
      }
      expect(tcp(pods.jobs, internet, 8080)).toBe(false);
      const allowPrivate = containerEnv(container('jobs'), objects).env.WEBHOOK_ALLOW_PRIVATE_NETWORKS;
      expect(allowPrivate, 'the coordinator refuses private webhook addresses itself too').toBe('false');
    });

    it.each(['jobs', 'generator'] as const)('%s: reaches the object store: HTTPS to public addresses, or an in-cluster MinIO on 9000', (app) => {
      expect(tcp(pods[app], internet, 443)).toBe(true);
      expect(tcp(pods[app], internetV6, 443)).toBe(true);
      expect(tcp(pods[app], minioPod, MINIO)).toBe(true);
      expect(tcp(pods[app], otherPod, MINIO)).toBe(false);
      expect(tcp(pods[app], privateHost, 443)).toBe(false);
      expect(tcp(pods[app], cloudMetadata, 443)).toBe(false);
    });

    it('generators reach the object store and nothing else', () => {
      const targets = [[internet, 80], [pods.planner, config('planner').port], [pods.gateway, config('gateway').port], [pods.jobs, config('jobs').port], [postgresPod, POSTGRES], [privateHost, POSTGRES], [otherPod, 80]] as const;
      for (const [target, port] of targets) expect(tcp(pods.generator, target, port), `${target.ip}:${port}`).toBe(false);
    });

    it.each(APPS)('%s: resolves names through kube-dns on UDP and TCP 53, and talks to nothing else in kube-system', (app) => {
      expect(udp(pods[app], kubeDns, 53)).toBe(true);
      expect(tcp(pods[app], kubeDns, 53)).toBe(true);
      expect(tcp(pods[app], kubeDns, 8080)).toBe(false);
      expect(udp(pods[app], kubeSystemPod, 53)).toBe(false);
    });
  });
});
