import { cleanEnv, makeValidator, num, port, str } from 'envalid';
import { parseDuration } from '../../../libs/api/src/duration.js';
import { DOWNLOAD_LINK_SETTINGS, downloadLinkOptions } from '../../../libs/jobs/src/download-link-config.js';
import { loadWebhookConfig } from './webhooks/webhook.config.js';

const duration = (name: string) => makeValidator<number>((text) => parseDuration(text, name));
const positive = (name: string, value: number) => {
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
  return value;
};

// Read and checked once at start-up; a bad value stops the process with a clear message.
export function loadJobsConfig(environment: NodeJS.ProcessEnv = process.env) {
  const env = cleanEnv(environment, {
    JOBS_HOST: str({ default: '127.0.0.1', desc: 'Interface the gRPC server binds to (0.0.0.0 in containers).' }),
    JOBS_PORT: port({ default: 50071 }),
    PLANNER_ADDRESS: str({ default: '127.0.0.1:50051', desc: 'gRPC target of the planner.' }),
    GENERATOR_ADDRESS: str({
      default: '127.0.0.1:50061',
      desc: 'gRPC target of the generators: host:port, ipv4:a:p,b:p or dns:///headless-service:50061.',
    }),
    JOB_STORE: str({
      default: 'sqlite:./data/jobs.sqlite',
      desc: 'Where jobs are kept: sqlite:<path> (one coordinator) or postgres://… (several replicas sharing work).',
    }),
    ARTIFACT_STORE: str({
      default: 'file:./data',
      desc: 'Where job files go: file:<path> or s3://bucket/prefix. Generators and gateways must name the same store.',
    }),
    JOB_TTL: duration('JOB_TTL')({ default: 86_400_000, desc: 'How long a job and its files are kept after it was created (e.g. 24h).' }),
    JOB_LEASE: duration('JOB_LEASE')({
      default: 15_000,
      desc: 'How long a coordinator holds a job without renewing it; a job whose coordinator died is resumed by another after this.',
    }),
    JOB_SHARD_RECORDS: num({ default: 100_000, desc: 'Records per shard of a job: the unit one WriteShard call writes.' }),
    JOB_SHARD_CONCURRENCY: num({ default: 4, desc: 'Shards of one job written at once, over every generator (about 2 per generator).' }),
    JOB_CONCURRENCY: num({ default: 2, desc: 'Jobs one coordinator runs at once.' }),
    JOB_SHARD_ATTEMPTS: num({ default: 8, desc: 'Tries of a shard whose generator failed or went away before the job fails.' }),
    PLAN_TIMEOUT_MS: num({ default: 90_000, desc: 'Deadline of the planning call.' }),
    GENERATOR_RECONNECT_MAX_MS: num({
      default: 1_000,
      desc: 'Longest pause between attempts to reach a generator that went away, so a restarted one is soon used again.',
    }),
    JOBS_SHUTDOWN_GRACE_MS: num({ default: 10_000, desc: 'How long in-flight calls may run after SIGTERM; running jobs are resumed by a replica.' }),
    // Webhook bodies carry the job as GET /api/jobs/{id} shows it, links included.
    ...DOWNLOAD_LINK_SETTINGS,
  });
  return {
    host: env.JOBS_HOST,
    port: env.JOBS_PORT,
    plannerAddress: env.PLANNER_ADDRESS,
    generatorAddress: env.GENERATOR_ADDRESS,
    jobStore: env.JOB_STORE,
    artifactStore: env.ARTIFACT_STORE,
    ttlMs: env.JOB_TTL,
    leaseMs: env.JOB_LEASE,
    shardRecords: positive('JOB_SHARD_RECORDS', env.JOB_SHARD_RECORDS),
    shardConcurrency: positive('JOB_SHARD_CONCURRENCY', env.JOB_SHARD_CONCURRENCY),
    jobConcurrency: positive('JOB_CONCURRENCY', env.JOB_CONCURRENCY),
    shardAttempts: positive('JOB_SHARD_ATTEMPTS', env.JOB_SHARD_ATTEMPTS),
    planTimeoutMs: env.PLAN_TIMEOUT_MS,
    reconnectMaxMs: env.GENERATOR_RECONNECT_MAX_MS,
    shutdownGraceMs: env.JOBS_SHUTDOWN_GRACE_MS,
    // `npm start`'s gateway address when PUBLIC_URL is unset.
    downloadLinks: downloadLinkOptions(env, 'http://127.0.0.1:3000'),
    webhooks: loadWebhookConfig(environment),
  };
}

export type JobsConfig = ReturnType<typeof loadJobsConfig>;
export const JOBS_CONFIG = Symbol('JOBS_CONFIG');
