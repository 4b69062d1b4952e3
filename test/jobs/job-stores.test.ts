import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newField } from '../../libs/plan/src/field-defaults.js';
import { Compression, OutputFormat, SqlDialect, type BatchChecks } from '../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { JobStatus, type JobError, type JobFile, type JobOutput } from '../../libs/proto/src/nest/datagen/v1/job_service.js';
import { Distribution, LogicalType, type Plan } from '../../libs/proto/src/nest/datagen/v1/plan.js';
import type { JobLayout, JobStore, ShardResult, StoredJob } from '../../services/jobs/src/store/job-store.js';
import { openJobStore } from '../../services/jobs/src/store/open-job-store.js';
import { SqliteJobStore } from '../../services/jobs/src/store/sqlite-job-store.js';
import { postgresServerForTests } from '../support/databases.js';

// The JobStore contract, proven the same on SQLite (a temporary file) and on the PostgreSQL
// server (a database made for each test). Several stores opened on one location stand for
// coordinator replicas. Leases are short so that expiry is seen within a test.
const LEASE_MS = 400;
const PAST_LEASE_MS = LEASE_MS + 250;
const LONG_LEASE_MS = 60_000;

const { JOB_STATUS_PLANNING: PLANNING, JOB_STATUS_QUEUED: QUEUED, JOB_STATUS_RUNNING: RUNNING } = JobStatus;
const { JOB_STATUS_COMPLETED: COMPLETED, JOB_STATUS_FAILED: FAILED, JOB_STATUS_CANCELLED: CANCELLED } = JobStatus;

const PLAN: Plan = {
  datasets: [
    {
      name: 'customers',
      size: 50_000,
      compositeKeys: [],
      updates: '',
      description: 'People who buy from the shop',
      fields: [
        newField('id', 'id.sequence', { type: LogicalType.LOGICAL_TYPE_INTEGER, primaryKey: true }),
        newField('email', 'person.email', { type: LogicalType.LOGICAL_TYPE_STRING, unique: true }),
        newField('signed_up_at', 'date.timestamp', {
          type: LogicalType.LOGICAL_TYPE_TIMESTAMP,
          dateRange: { start: '2021-01-01', end: '2024-12-31', afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '' },
        }),
      ],
    },
    {
      name: 'orders',
      size: 200_000,
      compositeKeys: [],
      updates: '',
      description: 'One purchase by a customer',
      fields: [
        newField('id', 'id.uuid', { type: LogicalType.LOGICAL_TYPE_UUID, primaryKey: true }),
        newField('customer_id', 'reference', {
          type: LogicalType.LOGICAL_TYPE_INTEGER,
          foreignKey: { dataset: 'customers', field: 'id', distribution: Distribution.DISTRIBUTION_ZIPF, group: '' },
        }),
        newField('total', 'commerce.price', {
          type: LogicalType.LOGICAL_TYPE_DECIMAL,
          scale: 2,
          numericRange: { min: 1, max: 499.99, distribution: Distribution.DISTRIBUTION_LOG_NORMAL, mean: 0, stddev: 0 },
        }),
        newField('status', 'enum', {
          type: LogicalType.LOGICAL_TYPE_STRING,
          nullable: true,
          nullRate: 0.05,
          enumValues: [
            { value: 'pending', weight: 3 },
            { value: 'shipped', weight: 5 },
          ],
        }),
      ],
    },
  ],
  seed: 2_024_112_233_445,
  realityLevel: 4,
  warnings: ['orders.total: the range was narrowed to 1..499.99'],
  prompt: 'an online shop: customers and their orders',
  planner: 'builtin',
  domain: 'e-commerce',
  locale: '',
};

const OUTPUT: JobOutput = {
  format: OutputFormat.OUTPUT_FORMAT_SQL,
  sqlDialect: SqlDialect.SQL_DIALECT_POSTGRES,
  compression: Compression.COMPRESSION_GZIP,
  includeDefects: true,
  defectRates: { duplicate_rows: 0.01, typos: 0.025 },
};

const FILES: JobFile[] = [
  {
    name: 'customers',
    artifactKey: 'jobs/job-1/customers.sql.gz',
    size: 7_340_032_123,
    contentType: 'application/sql',
    fileName: 'customers.sql.gz',
    pieceKeys: ['jobs/job-1/customers.sql.gz.parts/00000', 'jobs/job-1/customers.sql.gz.parts/00001'],
  },
  { name: 'orders', artifactKey: 'jobs/job-1/orders.sql.gz', size: 512, contentType: 'application/sql', fileName: 'orders.sql.gz', pieceKeys: [] },
];

const ERROR: JobError = {
  error: 'Artifact store full',
  detail: 'The local folder has no space left for shard 3 of orders.',
  issues: ['orders: shard 3 of 8 not written'],
  suggestions: ['Free space in the folder, or set ARTIFACT_STORE to an S3 bucket'],
};

function layout(uploadId: string): JobLayout {
  return {
    files: [
      {
        name: 'customers',
        dataset: 'customers',
        content: 'records',
        artifactKey: 'jobs/job-1/customers.sql.gz',
        uploadId,
        contentType: 'application/sql',
        fileName: 'customers.sql.gz',
        shards: [
          { offset: 0, count: 25_000 },
          { offset: 25_000, count: 25_000 },
        ],
      },
      {
        name: 'customers.defects',
        dataset: 'customers',
        content: 'manifest',
        artifactKey: 'jobs/job-1/customers.defects.ndjson.gz',
        contentType: 'application/x-ndjson',
        fileName: 'customers.defects.ndjson.gz',
        shards: [{ offset: 0, count: 50_000 }],
      },
    ],
  };
}

function checks(failingRecords: number): BatchChecks {
  return { values: 75_000, typeMismatches: 12, duplicateKeys: 3, references: 25_000, orphanReferences: 1, requiredValues: 50_000, missingValues: 7, failingRecords };
}

function shard(file: string, index: number, bytes: number, etag?: string): ShardResult {
  return { file, index, records: 25_000, bytes, etag, defectCounts: { duplicate_rows: 250, typos: 611 }, checks: checks(bytes % 100) };
}

// Each replica's runner takes jobs until none is left.
async function claimAll(store: JobStore, worker: string): Promise<{ worker: string; job: StoredJob }[]> {
  const claimed: { worker: string; job: StoredJob }[] = [];
  for (let job = await store.claim(worker, LONG_LEASE_MS); job; job = await store.claim(worker, LONG_LEASE_MS)) claimed.push({ worker, job });
  return claimed;
}

interface Scratch {
  // A JOB_STORE location no other test uses.
  readonly location: string;
  drop(): Promise<void>;
}

const postgres = postgresServerForTests();

const BACKENDS: { engine: string; skip: boolean; scratch(): Promise<Scratch> }[] = [
  {
    engine: 'SQLite',
    skip: false,
    scratch: async () => {
      const folder = await mkdtemp(join(tmpdir(), 'datagen-job-store-'));
      // In a folder that does not exist yet: the store makes it.
      return { location: `sqlite:${join(folder, 'state', 'jobs.db')}`, drop: () => rm(folder, { recursive: true, force: true }) };
    },
  },
  {
    engine: 'PostgreSQL',
    skip: postgres.skip,
    scratch: async () => {
      const database = await postgres.createDatabase('datagen_jobs');
      return { location: database.url, drop: () => database.drop() };
    },
  },
];

describe.each(BACKENDS.map((backend) => [backend.engine, backend] as const))('the %s job store', (_engine, { skip, scratch: makeScratch }) => {
  let scratch: Scratch | undefined;
  const opened: JobStore[] = [];

  // A store on the test's own database; each call opens another, as a replica would.
  async function replica(): Promise<JobStore> {
    const store = await openJobStore(scratch!.location);
    opened.push(store);
    return store;
  }

  async function queue(store: JobStore, id: string): Promise<void> {
    await store.create({ id, owner: 'owner-a', output: OUTPUT, webhookUrl: 'https://hooks.example.com/datagen' });
    await store.planned(id, PLAN);
  }

  beforeEach(async (context) => {
    if (skip) context.skip();
    scratch = await makeScratch();
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await scratch?.drop();
    scratch = undefined;
  });

  it('keeps the plan and the output exactly, from planning to queued', async () => {
    const store = await replica();
    await store.create({ id: 'job-1', owner: 'owner-a', output: OUTPUT, webhookUrl: 'https://hooks.example.com/datagen' });
    const planning = await store.get('job-1');
    expect(planning).toMatchObject({ id: 'job-1', owner: 'owner-a', status: PLANNING, output: OUTPUT, webhookUrl: 'https://hooks.example.com/datagen', files: [] });
    expect(planning).toMatchObject({ plan: undefined, layout: undefined, error: undefined, startedAt: undefined, finishedAt: undefined });
    expect(planning!.updatedAt).toEqual(planning!.createdAt);

    await sleep(5);
    await store.planned('job-1', PLAN);
    const queued = await (await replica()).get('job-1');
    expect(queued).toMatchObject({ status: QUEUED, plan: PLAN, output: OUTPUT, createdAt: planning!.createdAt });
    expect(queued!.updatedAt.getTime()).toBeGreaterThan(planning!.createdAt.getTime());
    expect(await store.get('job-2')).toBeUndefined();
  });

  it('gives each of 20 jobs to exactly one of two replicas claiming at once', async () => {
    const [first, second] = await Promise.all([replica(), replica()]);
    const ids = Array.from({ length: 20 }, (_, index) => `job-${String(index).padStart(2, '0')}`);
    for (const id of ids) await queue(first, id);

    // Five claim loops per replica, as a runner with several free slots might run.
    const loops = [...Array.from({ length: 5 }, () => claimAll(first, 'replica-a')), ...Array.from({ length: 5 }, () => claimAll(second, 'replica-b'))];
    const claims = (await Promise.all(loops)).flat();

    expect(claims.map(({ job }) => job.id).sort()).toEqual(ids);
    for (const { worker, job } of claims) {
      expect(job).toMatchObject({ status: RUNNING, plan: PLAN });
      expect(job.startedAt).toBeInstanceOf(Date);
      expect(await first.renew(job.id, worker, LONG_LEASE_MS)).toBe(true);
      expect(await second.renew(job.id, worker === 'replica-a' ? 'replica-b' : 'replica-a', LONG_LEASE_MS)).toBe(false);
    }
  });

  it('hands a job whose lease expired to another replica, and the first can no longer renew it', async () => {
    const [first, second] = await Promise.all([replica(), replica()]);
    await queue(first, 'job-1');
    const claimed = await first.claim('replica-a', LEASE_MS);
    expect(claimed).toMatchObject({ id: 'job-1', status: RUNNING });
    expect(await second.claim('replica-b', LEASE_MS)).toBeUndefined();
    expect(await first.renew('job-1', 'replica-a', LEASE_MS)).toBe(true);

    // replica-a stops renewing, as a replica that died would.
    await sleep(PAST_LEASE_MS);
    const taken = await second.claim('replica-b', LONG_LEASE_MS);
    expect(taken).toMatchObject({ id: 'job-1', status: RUNNING, startedAt: claimed!.startedAt });
    expect(await first.renew('job-1', 'replica-a', LEASE_MS)).toBe(false);
    expect(await second.renew('job-1', 'replica-b', LONG_LEASE_MS)).toBe(true);
    expect(await first.claim('replica-a', LEASE_MS)).toBeUndefined();
  });

  it('ends a job once: completed with its files, failed with its error, and a cancelled job stays cancelled', async () => {
    const store = await replica();
    for (const id of ['completed', 'failed', 'cancelled']) await queue(store, id);
    for (let claimed = 0; claimed < 3; claimed += 1) await store.claim('replica-a', LONG_LEASE_MS);

    expect(await store.finish('completed', { status: COMPLETED, files: FILES })).toBe(true);
    expect(await store.finish('failed', { status: FAILED, error: ERROR })).toBe(true);
    expect(await store.finish('cancelled', { status: CANCELLED })).toBe(true);
    // The runner of the cancelled job finishing it afterwards, and a late cancel, change nothing.
    expect(await store.finish('cancelled', { status: COMPLETED, files: FILES })).toBe(false);
    expect(await store.finish('completed', { status: CANCELLED })).toBe(false);

    const completed = await store.get('completed');
    expect(completed).toMatchObject({ status: COMPLETED, files: FILES, error: undefined });
    expect(await store.get('failed')).toMatchObject({ status: FAILED, files: [], error: ERROR });
    const cancelled = await store.get('cancelled');
    expect(cancelled).toMatchObject({ status: CANCELLED, files: [], error: undefined });
    for (const ended of [completed!, cancelled!]) {
      expect(ended.finishedAt).toBeInstanceOf(Date);
      expect(ended.updatedAt).toEqual(ended.finishedAt);
    }
    // The lease ended with the job: its runner is told to stop, and no replica takes it again.
    for (const id of ['completed', 'failed', 'cancelled']) expect(await store.renew(id, 'replica-a', LONG_LEASE_MS)).toBe(false);
    expect(await store.claim('replica-b', LONG_LEASE_MS)).toBeUndefined();
  });

  it('fixes a layout once, and answers a second call with the first layout', async () => {
    const store = await replica();
    await queue(store, 'job-1');
    await queue(store, 'job-2');
    expect((await store.claim('replica-a', LONG_LEASE_MS))?.id).toBe('job-1');

    expect(await store.setLayout('job-1', 'replica-a', layout('upload-1'))).toEqual(layout('upload-1'));
    expect(await store.setLayout('job-1', 'replica-a', layout('upload-2'))).toEqual(layout('upload-1'));
    expect(await store.setLayout('job-1', 'replica-b', layout('upload-3'))).toEqual(layout('upload-1'));
    expect((await store.get('job-1'))?.layout).toEqual(layout('upload-1'));

    // A job nobody holds gets no layout.
    await expect(store.setLayout('job-2', 'replica-a', layout('upload-4'))).rejects.toThrow('Job job-2 has no layout and is not leased to replica-a');
    expect((await store.get('job-2'))?.layout).toBeUndefined();
  });

  it('records shards, a shard done again replacing its first result, and counts them as progress', async () => {
    const store = await replica();
    await queue(store, 'job-1');
    const claimed = await store.claim('replica-a', LONG_LEASE_MS);

    await sleep(5);
    await store.recordShard('job-1', shard('orders', 0, 4_000_000));
    const progressed = await store.get('job-1');
    expect(progressed!.updatedAt.getTime()).toBeGreaterThan(claimed!.updatedAt.getTime());

    await store.recordShard('job-1', shard('customers', 1, 5_300_001, '"etag-1a"'));
    await store.recordShard('job-1', shard('customers', 0, 5_242_880, '"etag-0"'));
    // The generator died after writing shard 1; its retry wrote it again.
    await store.recordShard('job-1', shard('customers', 1, 5_300_042, '"etag-1b"'));

    expect(await store.shards('job-1')).toEqual([shard('customers', 0, 5_242_880, '"etag-0"'), shard('customers', 1, 5_300_042, '"etag-1b"'), shard('orders', 0, 4_000_000)]);
    expect(await store.shards('job-2')).toEqual([]);
  });

  it('sends each due webhook delivery to one sender at a time, again when a try failed, never after it is over', async () => {
    const [first, second] = await Promise.all([replica(), replica()]);
    await queue(first, 'job-1');
    await first.finish('job-1', { status: COMPLETED, files: FILES });
    await first.addDelivery('job-1', 'job.completed');

    const claimed = await first.claimDelivery('sender-a', LEASE_MS);
    expect(claimed).toMatchObject({ jobId: 'job-1', event: 'job.completed', attempts: 0, delivered: false });
    expect(await second.claimDelivery('sender-b', LEASE_MS)).toBeUndefined();

    // sender-a died before trying: once its lease ends, sender-b takes the delivery.
    await sleep(PAST_LEASE_MS);
    expect(await second.claimDelivery('sender-b', LEASE_MS)).toMatchObject({ id: claimed!.id, attempts: 0 });
    const failedAt = new Date();
    const retryAt = new Date(failedAt.getTime() + LEASE_MS);
    await second.recordAttempt(claimed!.id, { attempt: 1, attemptedAt: failedAt, statusCode: 503, error: 'HTTP 503 Service Unavailable', delivered: false, nextAttemptAt: retryAt });
    expect(await first.claimDelivery('sender-a', LEASE_MS)).toBeUndefined();

    await sleep(PAST_LEASE_MS);
    expect(await first.claimDelivery('sender-a', LEASE_MS)).toMatchObject({ id: claimed!.id, attempts: 1, nextAttemptAt: retryAt, delivered: false });
    const deliveredAt = new Date();
    await first.recordAttempt(claimed!.id, { attempt: 2, attemptedAt: deliveredAt, statusCode: 204, error: '', delivered: true });
    expect(await second.claimDelivery('sender-b', LEASE_MS)).toBeUndefined();

    expect(await second.deliveries('job-1')).toEqual([
      { event: 'job.completed', attempt: 1, attemptedAt: failedAt, statusCode: 503, error: 'HTTP 503 Service Unavailable', delivered: false, nextAttemptAt: retryAt },
      { event: 'job.completed', attempt: 2, attemptedAt: deliveredAt, statusCode: 204, error: '', delivered: true, nextAttemptAt: undefined },
    ]);

    // A delivery given up after its last try is never due again.
    await queue(first, 'job-2');
    await first.finish('job-2', { status: FAILED, error: ERROR });
    await first.addDelivery('job-2', 'job.failed');
    const lastTry = await first.claimDelivery('sender-a', LEASE_MS);
    expect(lastTry).toMatchObject({ jobId: 'job-2', event: 'job.failed' });
    await first.recordAttempt(lastTry!.id, { attempt: 1, attemptedAt: new Date(), statusCode: 0, error: 'connect ECONNREFUSED 127.0.0.1:9', delivered: false });
    await sleep(PAST_LEASE_MS);
    expect(await second.claimDelivery('sender-b', LEASE_MS)).toBeUndefined();
    expect(await first.deliveries('job-2')).toMatchObject([{ event: 'job.failed', attempt: 1, statusCode: 0, delivered: false, nextAttemptAt: undefined }]);
  });

  it('lists jobs created before a time, oldest first, and removes one with its shards and deliveries', async () => {
    const store = await replica();
    await queue(store, 'old');
    await sleep(10);
    await queue(store, 'new');
    const newer = await store.get('new');

    expect((await store.createdBefore(newer!.createdAt, 10)).map((job) => job.id)).toEqual(['old']);
    const later = new Date(Date.now() + 60_000);
    expect((await store.createdBefore(later, 10)).map((job) => job.id)).toEqual(['old', 'new']);
    expect((await store.createdBefore(later, 1)).map((job) => job.id)).toEqual(['old']);

    expect((await store.claim('replica-a', LONG_LEASE_MS))?.id).toBe('old');
    await store.recordShard('old', shard('customers', 0, 1024));
    await store.finish('old', { status: COMPLETED, files: FILES });
    await store.addDelivery('old', 'job.completed');
    const delivery = await store.claimDelivery('sender-a', LONG_LEASE_MS);
    // Failed, and due again at once.
    await store.recordAttempt(delivery!.id, { attempt: 1, attemptedAt: new Date(), statusCode: 500, error: 'HTTP 500', delivered: false, nextAttemptAt: new Date() });
    expect(await store.shards('old')).toHaveLength(1);
    expect(await store.deliveries('old')).toHaveLength(1);

    await store.remove('old');
    expect(await store.get('old')).toBeUndefined();
    expect(await store.shards('old')).toEqual([]);
    expect(await store.deliveries('old')).toEqual([]);
    expect(await store.claimDelivery('sender-a', LONG_LEASE_MS)).toBeUndefined();
    expect((await store.get('new'))?.status).toBe(QUEUED);
  });
});

describe('the SQLite job store file', () => {
  it('is refused when a newer DataGen made its schema', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'datagen-job-store-'));
    try {
      const path = join(folder, 'jobs.db');
      const newer = new Database(path);
      newer.pragma('user_version = 99');
      newer.close();
      expect(() => SqliteJobStore.open(path)).toThrow(`The job store ${path} has schema version 99, newer than this DataGen knows (1); run a newer DataGen`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
