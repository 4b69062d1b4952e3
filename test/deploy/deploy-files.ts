import { readdirSync, readFileSync } from 'node:fs';
import { BlockList, isIP } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { loadS3ClientConfig } from '../../libs/artifacts/src/s3-store-config.js';
import { loadGatewayConfig } from '../../gateway/src/gateway.config.js';
import { loadGeneratorConfig } from '../../services/generator/src/generator.config.js';
import { loadJobsConfig } from '../../services/jobs/src/jobs.config.js';
import { loadPlannerConfig } from '../../services/planner/src/planner.config.js';

// Readers for the deployment files (Dockerfile, docker-compose.yml, deploy/k8s) and for the
// code's own configuration, so manifests.test.ts compares one with the other.

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const APPS = ['gateway', 'planner', 'generator', 'jobs'] as const;
export type App = (typeof APPS)[number];

export const readText = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

// --- the code's configuration ---------------------------------------------------------------

const LOADERS = { gateway: loadGatewayConfig, planner: loadPlannerConfig, generator: loadGeneratorConfig, jobs: loadJobsConfig };
export interface AppConfig {
  host: string;
  port: number;
}
type Loaded<A extends App> = ReturnType<(typeof LOADERS)[A]>;

// Variables read outside the config loaders: libs/logging/src/logger.ts (checked in the test).
export const NAMES_READ_ELSEWHERE = ['LOG_LEVEL'];

// What an app that opens an artifact store (its loader reads ARTIFACT_STORE) also reads for an
// s3:// one, as S3ArtifactStore's settings loader reads them.
export const S3_SETTINGS: readonly string[] = (() => {
  const read = new Set<string>();
  loadS3ClientConfig(new Proxy({}, { get: (_, key) => (typeof key === 'string' && read.add(key), undefined) }));
  return [...read];
})();

// Loads an app's configuration from `env` the way the process does at start, and records every
// variable name the loader reads. A refused value fails the test instead of exiting the worker
// (envalid's reporter calls process.exit).
export function loadConfig<A extends App>(app: A, env: Record<string, string>): { config: Loaded<A>; read: Set<string> } {
  const read = new Set<string>();
  const recording = new Proxy(env, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`${app} refused its configuration (exit ${String(code)}); see the message above`);
  });
  try {
    return { config: LOADERS[app](recording) as Loaded<A>, read };
  } finally {
    exit.mockRestore();
  }
}

// Every environment name an app reads: its loader's (recorded) and the shared ones. `secrets`
// holds the values a loader refuses to start without.
export function namesReadBy(app: App, secrets: Record<string, string>): Set<string> {
  const { read } = loadConfig(app, secrets);
  return new Set([...read, ...NAMES_READ_ELSEWHERE, ...(read.has('ARTIFACT_STORE') ? S3_SETTINGS : [])]);
}

// --- Dockerfile -------------------------------------------------------------------------------

export interface Instruction {
  op: string;
  args: string;
}
export interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
}

// Stages with their instructions; line continuations joined, comments dropped, ARG defaults
// (global and per stage) substituted into FROM.
export function parseDockerfile(text: string): Stage[] {
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  for (const line of lines) {
    const [, op = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { op: op.toUpperCase(), args: rest.trim() };
    if (instruction.op === 'FROM') {
      const [image = '', , name = ''] = instruction.args.replace(/\$\{(\w+)\}/g, (_, arg: string) => args.get(arg) ?? '').split(/\s+/);
      stages.push({ name: name.toLowerCase(), from: image, instructions: [] });
    } else if (instruction.op === 'ARG' && stages.length === 0) {
      const [name = '', value = ''] = instruction.args.split('=');
      args.set(name, value);
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

// A target's stages from its base image up to itself.
export function stageChain(stages: Stage[], target: string): Stage[] {
  const stage = stages.find((candidate) => candidate.name === target);
  if (!stage) throw new Error(`Dockerfile has no stage ${target}`);
  const parent = stages.some((candidate) => candidate.name === stage.from) ? stageChain(stages, stage.from) : [];
  return [...parent, stage];
}

export function instructions(chain: Stage[], op: string): string[] {
  return chain.flatMap((stage) => stage.instructions).filter((instruction) => instruction.op === op).map(({ args }) => args);
}

export function dockerEnv(chain: Stage[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { op, args } of chain.flatMap((stage) => stage.instructions)) {
    if (op !== 'ENV') continue;
    for (const pair of args.split(/\s+/)) {
      const [name = '', value = ''] = pair.split('=');
      env[name] = value;
    }
  }
  return env;
}

// --- docker-compose.yml -----------------------------------------------------------------------

export interface ComposeService {
  build?: { context: string; target?: string };
  image?: string;
  container_name?: string;
  // A name with no value (null) passes the shell's or .env's value through, or is left unset.
  environment?: Record<string, string | number | null>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test: string[] };
  deploy?: { replicas?: number };
  stop_grace_period?: string;
}
export interface Compose {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

// With YAML merge keys (`<<: *anchor`), which Compose applies.
export function loadCompose(): Compose {
  return parse(readText('docker-compose.yml'), { merge: true }) as Compose;
}

// Compose's interpolation for the forms the file uses: ${NAME}, ${NAME:-default}, ${NAME:?error},
// nested in a default as in ${A:-x${B:-y}} (innermost first).
export function interpolate(value: string, shell: Record<string, string>): string {
  const innermost = /\$\{(\w+)(?::?([-?])([^${}]*))?\}/g;
  const substitute = (text: string) =>
    text.replace(innermost, (_, name: string, operator?: string, argument?: string) => {
      const given = shell[name];
      if (given) return given;
      if (operator === '?') throw new Error(`${name} is required: ${argument}`);
      return operator === '-' ? (argument ?? '') : '';
    });
  let text = value;
  for (let next = substitute(text); next !== text; next = substitute(text)) text = next;
  return text;
}

// The environment a service's container starts with, given the shell's (and .env's) variables.
export function composeEnv(service: ComposeService, shell: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(service.environment ?? {})) {
    if (value !== null) env[name] = interpolate(String(value), shell);
    else if (shell[name] !== undefined) env[name] = shell[name];
  }
  return env;
}

// A short-syntax volume entry: "volume:/path" or "volume:/path:ro".
export function composeMount(entry: string): { source: string; target: string; readOnly: boolean } {
  const [source = '', target = '', mode] = entry.split(':');
  return { source, target, readOnly: mode === 'ro' };
}

// Seconds from a Compose duration such as "60s", "5m30s" or "1m".
export function seconds(duration: string): number {
  const units: Record<string, number> = { h: 3600, m: 60, s: 1 };
  const parts = [...duration.matchAll(/(\d+)([hms])/g)];
  if (parts.map((part) => part[0]).join('') !== duration) throw new Error(`not a duration: ${duration}`);
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * (units[unit ?? 's'] ?? 1), 0);
}

// --- deploy/k8s -------------------------------------------------------------------------------

export interface Metadata {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
}
export interface Probe {
  grpc?: { port: number; service?: string };
  httpGet?: { path: string; port: number | string };
  timeoutSeconds?: number;
}
export interface SecretKeyRef {
  name: string;
  key: string;
  optional?: boolean;
}
export interface Container {
  name: string;
  image: string;
  lifecycle?: { preStop?: { exec?: { command: string[] }; sleep?: { seconds: number } } };
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: SecretKeyRef } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
}
export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}
export interface TopologySpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway';
  labelSelector: LabelSelector;
}
export interface PodSpec {
  containers: Container[];
  terminationGracePeriodSeconds?: number;
  topologySpreadConstraints?: TopologySpreadConstraint[];
  enableServiceLinks?: boolean;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  volumes?: { name: string }[];
}
export interface Deployment {
  kind: 'Deployment';
  metadata: Metadata;
  spec: {
    replicas?: number;
    selector: { matchLabels: Record<string, string> };
    template: { metadata: { labels: Record<string, string> }; spec: PodSpec };
  };
}
export interface Service {
  kind: 'Service';
  metadata: Metadata;
  spec: {
    type?: string;
    clusterIP?: string;
    selector: Record<string, string>;
    ports: { name?: string; port: number; targetPort?: number | string }[];
  };
}
export interface HorizontalPodAutoscaler {
  apiVersion: string;
  kind: 'HorizontalPodAutoscaler';
  metadata: Metadata;
  spec: {
    scaleTargetRef: { apiVersion: string; kind: string; name: string };
    minReplicas?: number;
    maxReplicas: number;
    metrics: { type: string; resource?: { name: string; target: { type: string; averageUtilization?: number } } }[];
  };
}
export interface PodDisruptionBudget {
  apiVersion: string;
  kind: 'PodDisruptionBudget';
  metadata: Metadata;
  spec: {
    selector: LabelSelector;
    minAvailable?: number | string;
    maxUnavailable?: number | string;
    unhealthyPodEvictionPolicy?: 'IfHealthyBudget' | 'AlwaysAllow';
  };
}
export interface ConfigMap {
  kind: 'ConfigMap';
  metadata: Metadata;
  data?: Record<string, string>;
}
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: Metadata;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

export const K8S_DIR = 'deploy/k8s';

export function k8sFiles(): string[] {
  return readdirSync(join(ROOT, K8S_DIR))
    .filter((file) => /\.ya?ml$/.test(file))
    .sort();
}

// Every document of every deploy/k8s/*.yaml but kustomization.yaml (multi-document files
// included), with its file.
export function loadK8s(): { file: string; object: K8sObject }[] {
  return k8sFiles().filter((file) => file !== 'kustomization.yaml').flatMap((file) => {
    const documents = parseAllDocuments(readText(join(K8S_DIR, file)));
    if (!Array.isArray(documents)) return [];
    return documents.map((document) => {
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors.map((error) => error.message).join('; ')}`);
      return { file, object: document.toJS() as K8sObject };
    }).filter(({ object }) => object !== null);
  });
}

export function findObject<T>(objects: K8sObject[], kind: string, name: string): T {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in ${K8S_DIR}`);
  return found as unknown as T;
}

// The environment a container starts with: its ConfigMaps (envFrom) and its literal values;
// variables from Secrets come back under `fromSecrets`, with their references in `secretRefs`.
export function containerEnv(
  container: Container,
  objects: K8sObject[],
): { env: Record<string, string>; fromSecrets: string[]; secretRefs: Record<string, SecretKeyRef> } {
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    if (source.secretRef) throw new Error(`${container.name}: envFrom a Secret hides which names it sets`);
    if (source.configMapRef) Object.assign(env, findObject<ConfigMap>(objects, 'ConfigMap', source.configMapRef.name).data);
  }
  const secretRefs: Record<string, SecretKeyRef> = {};
  for (const variable of container.env ?? []) {
    if (variable.valueFrom?.secretKeyRef) secretRefs[variable.name] = variable.valueFrom.secretKeyRef;
    else env[variable.name] = variable.value ?? '';
  }
  return { env, fromSecrets: Object.keys(secretRefs), secretRefs };
}

// A Service's or probe's port, by number or by the container port's name.
export function resolvePort(container: Container, port: number | string | undefined): number | undefined {
  if (typeof port === 'number') return port;
  return container.ports?.find((candidate) => candidate.name === port)?.containerPort;
}

// A resource quantity in the unit the test compares: millicores for cpu, bytes for memory.
export function quantity(resource: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)(m|Ki|Mi|Gi|k|M|G)?$/.exec(value);
  if (!match) throw new Error(`unsupported quantity ${value}`);
  const amount = Number(match[1]);
  const unit = match[2] ?? '';
  if (resource === 'cpu') return unit === 'm' ? amount : unit === '' ? amount * 1000 : Number.NaN;
  const factors: Record<string, number> = { '': 1, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, k: 1e3, M: 1e6, G: 1e9 };
  return amount * (factors[unit] ?? Number.NaN);
}

// Every string anywhere in a parsed document.
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [key, ...strings(item)]);
  return [];
}

// How long a container's preStop hook holds its SIGTERM back, in seconds.
export function preStopSeconds(container: Container): number {
  const preStop = container.lifecycle?.preStop;
  if (!preStop) return 0;
  if (preStop.sleep) return preStop.sleep.seconds;
  const [command, seconds, ...rest] = preStop.exec?.command ?? [];
  if (command !== 'sleep' || rest.length > 0 || !/^\d+$/.test(seconds ?? '')) throw new Error(`${container.name}: unreadable preStop hook`);
  return Number(seconds);
}

// What a grace period (Kubernetes' terminationGracePeriodSeconds, Compose's stop_grace_period)
// needs beyond the preStop hook and the app's own shutdown budget before SIGKILL: the exit after
// the budget, log flushing, a signal that arrives late.
export const SHUTDOWN_HEADROOM_SECONDS = 10;

// --- label selectors and NetworkPolicies -------------------------------------------------------

// matchLabels and matchExpressions, ANDed, as the API defines them.
export function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  const expressionsHold = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    const value = labels[key];
    if (operator === 'In') return value !== undefined && values.includes(value);
    if (operator === 'NotIn') return value === undefined || !values.includes(value);
    return operator === 'Exists' ? value !== undefined : value === undefined;
  });
  return expressionsHold && Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

export interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}
export interface NetworkPolicyRule {
  from?: NetworkPolicyPeer[];
  to?: NetworkPolicyPeer[];
  ports?: { protocol?: string; port?: number | string; endPort?: number }[];
}
export interface NetworkPolicy {
  kind: 'NetworkPolicy';
  metadata: Metadata;
  spec: {
    podSelector: LabelSelector;
    policyTypes?: ('Ingress' | 'Egress')[];
    ingress?: NetworkPolicyRule[];
    egress?: NetworkPolicyRule[];
  };
}

// One end of a connection: a pod (its labels and namespace) or an address outside the cluster.
export interface Endpoint {
  ip: string;
  namespace?: string;
  pod?: Record<string, string>;
}
export interface Connection {
  from: Endpoint;
  to: Endpoint;
  port: number;
  protocol: 'TCP' | 'UDP';
}

// Whether NetworkPolicies applied in namespace `home` let a connection through, by the API's
// rules: a pod that a policy of a direction selects is isolated in that direction and accepts
// only what a rule of such a policy allows; the sender's egress and the receiver's ingress must
// both allow the connection. Named ports are refused rather than guessed at.
export function allows(policies: NetworkPolicy[], home: string, connection: Connection): boolean {
  const { from, to } = connection;
  return sideAllows(policies, home, from, 'Egress', to, connection) && sideAllows(policies, home, to, 'Ingress', from, connection);
}

function sideAllows(policies: NetworkPolicy[], home: string, self: Endpoint, direction: 'Ingress' | 'Egress', peer: Endpoint, connection: Connection): boolean {
  const labels = self.pod;
  if (!labels || self.namespace !== home) return true;
  const isolating = policies.filter((policy) => selects(policy.spec.podSelector, labels) && policyTypes(policy).includes(direction));
  if (isolating.length === 0) return true;
  return isolating.some((policy) =>
    (direction === 'Ingress' ? policy.spec.ingress : policy.spec.egress)?.some((rule) => {
      const peers = direction === 'Ingress' ? rule.from : rule.to;
      const peerMatches = !peers?.length || peers.some((candidate) => peerMatchesEndpoint(candidate, peer, home));
      const portMatches = !rule.ports?.length || rule.ports.some((port) => portMatchesConnection(port, connection));
      return peerMatches && portMatches;
    }),
  );
}

function policyTypes(policy: NetworkPolicy): ('Ingress' | 'Egress')[] {
  return policy.spec.policyTypes ?? (policy.spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
}

function peerMatchesEndpoint(peer: NetworkPolicyPeer, endpoint: Endpoint, home: string): boolean {
  if (peer.ipBlock) {
    const { cidr, except = [] } = peer.ipBlock;
    return inCidr(endpoint.ip, cidr) && !except.some((excluded) => inCidr(endpoint.ip, excluded));
  }
  const labels = endpoint.pod;
  if (!labels || endpoint.namespace === undefined) return false;
  const namespaceMatches = peer.namespaceSelector
    ? selects(peer.namespaceSelector, { 'kubernetes.io/metadata.name': endpoint.namespace })
    : endpoint.namespace === home;
  return namespaceMatches && (!peer.podSelector || selects(peer.podSelector, labels));
}

function portMatchesConnection(port: NonNullable<NetworkPolicyRule['ports']>[number], connection: Connection): boolean {
  if (typeof port.port === 'string') throw new Error(`named port ${port.port} is not evaluated here`);
  if ((port.protocol ?? 'TCP') !== connection.protocol) return false;
  if (port.port === undefined) return true;
  return connection.port >= port.port && connection.port <= (port.endPort ?? port.port);
}

function inCidr(ip: string, cidr: string): boolean {
  const [network = '', prefix = ''] = cidr.split('/');
  const family = isIP(network) === 6 ? 'ipv6' : 'ipv4';
  if (isIP(ip) !== isIP(network)) return false;
  const block = new BlockList();
  block.addSubnet(network, Number(prefix), family);
  return block.check(ip, family);
}
