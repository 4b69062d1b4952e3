import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { createLogger } from '../../libs/logging/src/logger.js';
import { SealingKey } from '../../libs/sealing/src/sealed-secret.js';
import { GENERATOR_NODE_ARGUMENTS } from '../../scripts/local-stack.js';
import {
  allows,
  APPS,
  containerEnv,
  dockerEnv,
  findObject,
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
  type Service,
} from './deploy-files.js';

// The deployment files must say what the code expects: the env names its config loaders read,
// the ports they default to, the probes its servers answer, and files the build produces.

const TEST_KEY = SealingKey.generate();
const LOADER_NAMES: Record<App, string> = {
  gateway: 'loadGatewayConfig',
  planner: 'loadPlannerConfig',
  generator: 'loadGeneratorConfig',
};

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
    expect(namesReadBy('gateway', TEST_KEY)).toContain('GENERATOR_ADDRESS');
    expect(namesReadBy('planner', TEST_KEY)).toContain('PLANNER_PORT');
    expect(namesReadBy('generator', TEST_KEY)).not.toContain('SEALING_KEY');
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

  it('starts generators with the V8 arguments the local stack uses', () => {
    const cmd = stageChain(stages, 'generator').at(-1)?.instructions.filter((instruction) => instruction.op === 'CMD').at(-1);
    const argv = JSON.parse(cmd?.args ?? 'null') as string[];
    expect(argv).toEqual(expect.arrayContaining([...GENERATOR_NODE_ARGUMENTS]));
  });

  it.each(APPS)('%s: the image defaults bind all interfaces and EXPOSE the configured port', (app) => {
    const chain = stageChain(stages, app);
    const { config } = loadConfig(app, { ...dockerEnv(chain), SEALING_KEY: TEST_KEY });
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

  it('holds no sealing key', () => {
    const text = readText('Dockerfile');
    expect(text).not.toMatch(/SEALING_KEY/);
    expect(text.split(/[\s"'=]+/).filter(looksLikeKey)).toEqual([]);
  });

  it('.dockerignore keeps secrets, dependencies and build output out of the context', () => {
    const ignored = readText('.dockerignore').split('\n').map((line) => line.trim());
    for (const entry of ['.env', 'node_modules', 'dist', '.git']) expect(ignored).toContain(entry);
  });
});

describe('docker-compose.yml', () => {
  const { services } = loadCompose();
  const shell = { SEALING_KEY: TEST_KEY };
  const service = (app: App) => {
    const found = services[app];
    if (!found) throw new Error(`no service ${app}`);
    return found;
  };
  const config = <A extends App>(app: A) => loadConfig(app, composeEnv(service(app), shell)).config;

  it('has exactly the planner, the generator and the gateway, each built from its Dockerfile target', () => {
    expect(Object.keys(services).sort()).toEqual([...APPS].sort());
    const targets = parseDockerfile(readText('Dockerfile')).map((stage) => stage.name);
    for (const app of APPS) {
      expect(service(app).build).toEqual({ context: '.', target: app });
      expect(targets).toContain(app);
    }
  });

  it.each(APPS)('%s: every variable set is one the app reads, and its configuration loads', (app) => {
    const names = namesReadBy(app, TEST_KEY);
    for (const name of Object.keys(service(app).environment ?? {})) expect(names, `${app} reads ${name}`).toContain(name);
    expect(config(app).host).toBe('0.0.0.0');
  });

  it.each(['planner', 'generator'] as const)('%s: the health check asks grpc.health.v1 on the configured port', (app) => {
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

  it('gateway: calls the planner by service name and round-robins over every generator through Docker DNS', () => {
    const gateway = config('gateway');
    expect(gateway.plannerAddress).toBe(`planner:${config('planner').port}`);
    expect(gateway.generatorAddress).toBe(`dns:///generator:${config('generator').port}`);
    expect(service('gateway').depends_on).toEqual({
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
    expect(grace).toBeGreaterThanOrEqual(Math.ceil(shutdownMs(app, composeEnv(service(app), shell)) / 1000) + SHUTDOWN_HEADROOM_SECONDS);
  });

  it("planner: its shutdown grace lets a plan's model call run to its timeout", () => {
    expectPlannerGraceCoversModelCalls(composeEnv(service('planner'), shell));
  });

  it('takes SEALING_KEY only from the environment or .env, and refuses to start without it', () => {
    for (const app of ['gateway', 'planner'] as const) {
      expect(String(service(app).environment?.SEALING_KEY)).toMatch(/^\$\{SEALING_KEY:\?[^}]+\}$/);
      expect(() => composeEnv(service(app), {})).toThrow(/SEALING_KEY is required/);
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
  const config = <A extends App>(app: A) => {
    const { env, fromSecrets } = containerEnv(container(app), objects);
    const secrets = Object.fromEntries(fromSecrets.map((name) => [name, name === 'SEALING_KEY' ? TEST_KEY : 'secret']));
    return loadConfig(app, { ...env, ...secrets }).config;
  };

  it('kustomization.yaml lists every manifest, and no manifest names a namespace', () => {
    const kustomization = parse(readText(join(K8S_DIR, 'kustomization.yaml'))) as { resources: string[]; namespace?: string };
    expect([...kustomization.resources].sort()).toEqual(k8sFiles().filter((file) => file !== 'kustomization.yaml'));
    expect(kustomization.namespace).toBeUndefined();
    for (const object of objects) expect(object.metadata.namespace, `${object.kind} ${object.metadata.name}`).toBeUndefined();
  });

  it.each(APPS)('%s: every variable set is one the app reads, and its configuration loads', (app) => {
    const names = namesReadBy(app, TEST_KEY);
    const { env, fromSecrets } = containerEnv(container(app), objects);
    for (const name of [...Object.keys(env), ...fromSecrets]) expect(names, `${app} reads ${name}`).toContain(name);
    const loaded = config(app);
    expect(loaded.host).toBe('0.0.0.0');
    expect(container(app).ports?.map((port) => port.containerPort)).toEqual([loaded.port]);
  });

  it.each(['planner', 'generator'] as const)('%s: native gRPC probes ask grpc.health.v1 on the gRPC port', (app) => {
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

  it('gateway and planner have ClusterIP Services; the generators a headless one', () => {
    for (const app of ['gateway', 'planner'] as const) {
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
    const { env, fromSecrets } = containerEnv(container(app), objects);
    const secrets = Object.fromEntries(fromSecrets.map((name) => [name, TEST_KEY]));
    const needed = preStopSeconds(container(app)) + Math.ceil(shutdownMs(app, { ...env, ...secrets }) / 1000) + SHUTDOWN_HEADROOM_SECONDS;
    expect(deployment(app).spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(needed);
  });

  it("planner: its shutdown grace lets a plan's model call run to its timeout", () => {
    expectPlannerGraceCoversModelCalls({ ...containerEnv(container('planner'), objects).env, SEALING_KEY: TEST_KEY });
  });

  it.each(APPS)('%s: runs as non-root, with no service-link variables shadowing its own', (app) => {
    const pod = deployment(app).spec.template.spec;
    expect(pod.securityContext?.runAsNonRoot).toBe(true);
    expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
    if (pod.enableServiceLinks !== false) {
      // Kubernetes injects <SERVICE>_PORT=tcp://..., <SERVICE>_SERVICE_HOST, ... for every Service.
      const names = namesReadBy(app, TEST_KEY);
      for (const object of objects.filter((candidate) => candidate.kind === 'Service')) {
        const prefix = object.metadata.name.toUpperCase().replace(/-/g, '_');
        for (const name of names) expect(name.startsWith(`${prefix}_`), `${name} vs Service ${object.metadata.name}`).toBe(false);
      }
    }
  });

  it('SEALING_KEY comes from a Secret the operator creates, never from a manifest', () => {
    for (const app of ['gateway', 'planner'] as const) {
      const variable = container(app).env?.find((candidate) => candidate.name === 'SEALING_KEY');
      expect(variable?.value).toBeUndefined();
      expect(variable?.valueFrom?.secretKeyRef).toEqual({ name: 'datagen-sealing', key: 'SEALING_KEY' });
    }
    expect(containerEnv(container('generator'), objects).fromSecrets).toEqual([]);
    const secrets: K8sObject[] = objects.filter((object) => object.kind === 'Secret');
    for (const secret of secrets) expect({ ...secret.data, ...secret.stringData }).not.toHaveProperty('SEALING_KEY');
    for (const object of objects) expect(object.kind === 'ConfigMap' ? object.data : {}).not.toHaveProperty('SEALING_KEY');
    for (const { file, object } of documents) expect(strings(object).filter(looksLikeKey), file).toEqual([]);
    expect(strings(parse(readText(join(K8S_DIR, 'kustomization.yaml')))).filter(looksLikeKey)).toEqual([]);
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

    it.each(['gateway', 'planner'] as const)('%s: spreads its replicas over nodes and zones', (app) => {
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
    const pods: Record<App, Endpoint> = { gateway: pod('gateway', '10.244.1.10'), planner: pod('planner', '10.244.1.11'), generator: pod('generator', '10.244.1.12') };
    const otherPod: Endpoint = { ip: '10.244.2.20', namespace: NAMESPACE, pod: { 'app.kubernetes.io/name': 'other' } };
    const podElsewhere: Endpoint = { ip: '10.244.3.30', namespace: 'monitoring', pod: { 'app.kubernetes.io/name': 'prometheus' } };
    const kubeDns: Endpoint = { ip: '10.244.0.53', namespace: 'kube-system', pod: { 'k8s-app': 'kube-dns' } };
    const kubeSystemPod: Endpoint = { ip: '10.244.0.60', namespace: 'kube-system', pod: { 'k8s-app': 'metrics-server' } };
    const internet: Endpoint = { ip: '203.0.113.10' };
    const internetV6: Endpoint = { ip: '2001:db8::10' };
    const privateHost: Endpoint = { ip: '10.0.0.5' };
    const tcp = (from: Endpoint, to: Endpoint, port: number) => allows(policies, NAMESPACE, { from, to, port, protocol: 'TCP' });
    const udp = (from: Endpoint, to: Endpoint, port: number) => allows(policies, NAMESPACE, { from, to, port, protocol: 'UDP' });

    it('a default-deny policy with no rules isolates every datagen pod both ways', () => {
      const denyAll = policies.filter((policy) => !policy.spec.ingress && !policy.spec.egress && APPS.every((app) => selects(policy.spec.podSelector, podLabels(app))));
      expect(denyAll).toHaveLength(1);
      expect([...(denyAll[0]?.spec.policyTypes ?? [])].sort()).toEqual(['Egress', 'Ingress']);
      expect(selects(denyAll[0]!.spec.podSelector, otherPod.pod!), 'other apps of the namespace keep their own rules').toBe(false);
    });

    it.each(['planner', 'generator'] as const)('%s: only the gateway reaches the gRPC port (and the reflection it serves)', (app) => {
      const { port } = config(app);
      expect(tcp(pods.gateway, pods[app], port)).toBe(true);
      expect(tcp(pods.gateway, pods[app], port + 1)).toBe(false);
      for (const source of [...otherApps(app).filter((other) => other !== 'gateway').map((other) => pods[other]), otherPod, podElsewhere, internet]) {
        expect(tcp(source, pods[app], port), source.ip).toBe(false);
      }
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

    it('gateway: reaches the planner and the generators on the ports they serve, and nothing else', () => {
      const planner = config('planner').port;
      const generator = config('generator').port;
      expect(tcp(pods.gateway, pods.planner, planner)).toBe(true);
      expect(tcp(pods.gateway, pods.generator, generator)).toBe(true);
      expect(tcp(pods.gateway, pods.planner, generator)).toBe(false);
      expect(tcp(pods.gateway, otherPod, planner)).toBe(false);
      expect(tcp(pods.gateway, internet, 443)).toBe(false);
    });

    it("planner: reaches the model's endpoint (OPENAI_BASE_URL's port) outside the cluster, and nothing inside", () => {
      const url = new URL(config('planner').openai.baseURL);
      const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
      expect(tcp(pods.planner, internet, port)).toBe(true);
      expect(tcp(pods.planner, internetV6, port)).toBe(true);
      expect(tcp(pods.planner, internet, 80)).toBe(false);
      for (const inside of [privateHost, otherPod, pods.generator, pods.gateway, kubeSystemPod]) expect(tcp(pods.planner, inside, port), inside.ip).toBe(false);
    });

    it('generators open no connection but DNS', () => {
      for (const [target, port] of [[internet, 443], [pods.planner, config('planner').port], [pods.gateway, config('gateway').port], [otherPod, 80]] as const) {
        expect(tcp(pods.generator, target, port), target.ip).toBe(false);
      }
    });

    it.each(APPS)('%s: resolves names through kube-dns on UDP and TCP 53, and talks to nothing else in kube-system', (app) => {
      expect(udp(pods[app], kubeDns, 53)).toBe(true);
      expect(tcp(pods[app], kubeDns, 53)).toBe(true);
      expect(tcp(pods[app], kubeDns, 8080)).toBe(false);
      expect(udp(pods[app], kubeSystemPod, 53)).toBe(false);
    });
  });
});
