import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { JobStatus, type JobError, type JobFile } from '../../../../libs/proto/src/nest/datagen/v1/job_service.js';
import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import {
  checksJson,
  defectCountsJson,
  deliveryRecord,
  errorJson,
  filesJson,
  layoutJson,
  nextDue,
  outputBytes,
  planBytes,
  shardResult,
  storedJob,
  webhookAttempt,
} from './job-columns.js';
import { FINAL_JOB_STATUSES, type DeliveryAttempt, type DeliveryRecord, type JobLayout, type JobStore, type NewJob, type ShardResult, type StoredJob, type WebhookAttempt } from './job-store.js';

// The schema this code makes, kept in the file's user_version so that a file made by a newer
// DataGen is refused rather than misread. Bump it with each change to SCHEMA.
const SCHEMA_VERSION = 1;

// How long a statement waits for another process's write to end before failing: coordinators
// sharing one file on one machine queue rather than fail.
const BUSY_TIMEOUT_MS = 5000;

const { JOB_STATUS_PLANNING: PLANNING, JOB_STATUS_QUEUED: QUEUED, JOB_STATUS_RUNNING: RUNNING } = JobStatus;
const FINAL = FINAL_JOB_STATUSES.join(', ');

// Times are milliseconds since the epoch; booleans 0 or 1.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    status INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    started_at INTEGER,
    finished_at INTEGER,
    plan BLOB,
    output BLOB NOT NULL,
    webhook_url TEXT NOT NULL,
    layout TEXT,
    files TEXT NOT NULL,
    error TEXT,
    lease_owner TEXT,
    lease_until INTEGER
  );
  CREATE INDEX IF NOT EXISTS jobs_by_creation ON jobs (created_at);
  CREATE TABLE IF NOT EXISTS job_shards (
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    file TEXT NOT NULL,
    shard_index INTEGER NOT NULL,
    records INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    etag TEXT,
    defect_counts TEXT NOT NULL,
    checks TEXT NOT NULL,
    PRIMARY KEY (job_id, file, shard_index)
  );
  CREATE TABLE IF NOT EXISTS webhook_deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    delivered INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until INTEGER
  );
  CREATE INDEX IF NOT EXISTS webhook_deliveries_by_job ON webhook_deliveries (job_id);
  CREATE INDEX IF NOT EXISTS webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE delivered = 0;
  CREATE TABLE IF NOT EXISTS webhook_attempts (
    delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    attempted_at INTEGER NOT NULL,
    status_code INTEGER NOT NULL,
    error TEXT NOT NULL,
    delivered INTEGER NOT NULL,
    next_attempt_at INTEGER,
    PRIMARY KEY (delivery_id, attempt)
  );
`;

interface JobRow {
  id: string;
  owner: string;
  status: JobStatus;
  created_at: number;
  updated_at: number;
  started_at: number | null;
  finished_at: number | null;
  plan: Buffer | null;
  output: Buffer;
  webhook_url: string;
  layout: string | null;
  files: string;
  error: string | null;
}

interface ShardRow {
  file: string;
  shard_index: number;
  records: number;
  bytes: number;
  etag: string | null;
  defect_counts: string;
  checks: string;
}

interface DeliveryRow {
  id: number;
  job_id: string;
  event: string;
  attempts: number;
  next_attempt_at: number | null;
  delivered: number;
}

interface AttemptRow {
  event: string;
  attempt: number;
  attempted_at: number;
  status_code: number;
  error: string;
  delivered: number;
  next_attempt_at: number | null;
}

// The embedded job store: one file, for a single coordinator (or a few on one machine).
// better-sqlite3 is synchronous; its calls are short, so they run inline behind the async
// interface.
export class SqliteJobStore implements JobStore {
  private constructor(private readonly db: Database.Database) {}

  // Opens the file at `path`, making it, its folder and its tables when they are missing.
  static open(path: string): SqliteJobStore {
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      // Off by default in SQLite; removing a job relies on it to remove its shards and deliveries.
      db.pragma('foreign_keys = ON');
      createSchema(db, path);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteJobStore(db);
  }

  async create(job: NewJob): Promise<void> {
    const now = Date.now();
    this.db
      .prepare(
        `INSERT INTO jobs (id, owner, status, created_at, updated_at, output, webhook_url, files)
         VALUES (@id, @owner, ${PLANNING}, @now, @now, @output, @webhookUrl, '[]')`,
      )
      .run({ id: job.id, owner: job.owner, now, output: outputBytes(job.output), webhookUrl: job.webhookUrl });
  }

  async planned(id: string, plan: Plan): Promise<void> {
    this.db.prepare(`UPDATE jobs SET plan = @plan, status = ${QUEUED}, updated_at = @now WHERE id = @id`).run({ id, plan: planBytes(plan), now: Date.now() });
  }

  async remove(id: string): Promise<void> {
    this.db.prepare('DELETE FROM jobs WHERE id = ?').run(id);
  }

  async get(id: string): Promise<StoredJob | undefined> {
    const row = this.db.prepare<[string], JobRow>('SELECT * FROM jobs WHERE id = ?').get(id);
    return row && jobFrom(row);
  }

  async claim(worker: string, leaseMs: number): Promise<StoredJob | undefined> {
    const now = Date.now();
    // IMMEDIATE takes the write lock before the job is chosen, so another process sharing the
    // file waits (busy_timeout) instead of choosing the same job.
    const row = this.db
      .transaction(() =>
        this.db
          .prepare<[{ worker: string; now: number; leaseUntil: number }], JobRow>(
            `UPDATE jobs SET status = ${RUNNING}, lease_owner = @worker, lease_until = @leaseUntil,
               started_at = coalesce(started_at, @now), updated_at = @now
             WHERE id = (
               SELECT id FROM jobs WHERE status = ${QUEUED} OR (status = ${RUNNING} AND lease_until < @now)
               ORDER BY created_at, id LIMIT 1)
             RETURNING *`,
          )
          .get({ worker, now, leaseUntil: now + leaseMs }),
      )
      .immediate();
    return row && jobFrom(row);
  }

  async renew(id: string, worker: string, leaseMs: number): Promise<boolean> {
    const now = Date.now();
    const { changes } = this.db
      .prepare(
        `UPDATE jobs SET lease_until = @leaseUntil
         WHERE id = @id AND status = ${RUNNING} AND lease_owner = @worker AND lease_until >= @now`,
      )
      .run({ id, worker, now, leaseUntil: now + leaseMs });
    return changes === 1;
  }

  async setLayout(id: string, worker: string, layout: JobLayout): Promise<JobLayout> {
    this.db
      .prepare(`UPDATE jobs SET layout = @layout WHERE id = @id AND layout IS NULL AND status = ${RUNNING} AND lease_owner = @worker`)
      .run({ id, worker, layout: layoutJson(layout) });
    const stored = this.db.prepare<[string], Pick<JobRow, 'layout'>>('SELECT layout FROM jobs WHERE id = ?').get(id);
    if (stored?.layout == null) throw new Error(`Job ${id} has no layout and is not leased to ${worker}`);
    return JSON.parse(stored.layout) as JobLayout;
  }

  async recordShard(id: string, result: ShardResult): Promise<void> {
    const now = Date.now();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO job_shards (job_id, file, shard_index, records, bytes, etag, defect_counts, checks)
           VALUES (@id, @file, @index, @records, @bytes, @etag, @defectCounts, @checks)
           ON CONFLICT (job_id, file, shard_index) DO UPDATE SET records = excluded.records, bytes = excluded.bytes,
             etag = excluded.etag, defect_counts = excluded.defect_counts, checks = excluded.checks`,
        )
        .run({
          id,
          file: result.file,
          index: result.index,
          records: result.records,
          bytes: result.bytes,
          etag: result.etag ?? null,
          defectCounts: defectCountsJson(result.defectCounts),
          checks: checksJson(result.checks),
        });
      // Progress is a change watchers are told of.
      this.db.prepare('UPDATE jobs SET updated_at = @now WHERE id = @id').run({ id, now });
    })();
  }

  async shards(id: string): Promise<ShardResult[]> {
    const rows = this.db.prepare<[string], ShardRow>('SELECT * FROM job_shards WHERE job_id = ? ORDER BY file, shard_index').all(id);
    return rows.map((row) =>
      shardResult({ ...row, index: row.shard_index, defectCounts: JSON.parse(row.defect_counts), checks: JSON.parse(row.checks) }),
    );
  }

  async finish(id: string, ending: { status: JobStatus; files?: readonly JobFile[]; error?: JobError }): Promise<boolean> {
    const now = Date.now();
    const { changes } = this.db
      .prepare(
        `UPDATE jobs SET status = @status, files = coalesce(@files, files), error = coalesce(@error, error),
           finished_at = @now, updated_at = @now, lease_owner = NULL, lease_until = NULL
         WHERE id = @id AND status NOT IN (${FINAL})`,
      )
      .run({
        id,
        now,
        status: ending.status,
        files: ending.files ? filesJson(ending.files) : null,
        error: ending.error ? errorJson(ending.error) : null,
      });
    return changes === 1;
  }

  async deliveries(jobId: string): Promise<WebhookAttempt[]> {
    const rows = this.db
      .prepare<[string], AttemptRow>(
        `SELECT d.event, a.attempt, a.attempted_at, a.status_code, a.error, a.delivered, a.next_attempt_at
         FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
         WHERE d.job_id = ? ORDER BY a.attempted_at, a.delivery_id, a.attempt`,
      )
      .all(jobId);
    return rows.map((row) =>
      webhookAttempt({
        event: row.event,
        attempt: row.attempt,
        attemptedAt: new Date(row.attempted_at),
        statusCode: row.status_code,
        error: row.error,
        delivered: row.delivered === 1,
        nextAttemptAt: dateOrNull(row.next_attempt_at),
      }),
    );
  }

  async addDelivery(jobId: string, event: string): Promise<void> {
    this.db.prepare('INSERT INTO webhook_deliveries (job_id, event, next_attempt_at) VALUES (?, ?, ?)').run(jobId, event, Date.now());
  }

  async claimDelivery(worker: string, leaseMs: number): Promise<DeliveryRecord | undefined> {
    const now = Date.now();
    const row = this.db
      .transaction(() =>
        this.db
          .prepare<[{ worker: string; now: number; leaseUntil: number }], DeliveryRow>(
            `UPDATE webhook_deliveries SET lease_owner = @worker, lease_until = @leaseUntil
             WHERE id = (
               SELECT id FROM webhook_deliveries
               WHERE delivered = 0 AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until < @now)
               ORDER BY next_attempt_at, id LIMIT 1)
             RETURNING *`,
          )
          .get({ worker, now, leaseUntil: now + leaseMs }),
      )
      .immediate();
    return (
      row &&
      deliveryRecord({
        id: row.id,
        jobId: row.job_id,
        event: row.event,
        attempts: row.attempts,
        nextAttemptAt: dateOrNull(row.next_attempt_at),
        delivered: row.delivered === 1,
      })
    );
  }

  async recordAttempt(deliveryId: number, attempt: DeliveryAttempt): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, status_code, error, delivered, next_attempt_at)
           VALUES (@deliveryId, @attempt, @attemptedAt, @statusCode, @error, @delivered, @nextAttemptAt)`,
        )
        .run({
          deliveryId,
          attempt: attempt.attempt,
          attemptedAt: attempt.attemptedAt.getTime(),
          statusCode: attempt.statusCode,
          error: attempt.error,
          delivered: attempt.delivered ? 1 : 0,
          nextAttemptAt: attempt.nextAttemptAt?.getTime() ?? null,
        });
      this.db
        .prepare(
          `UPDATE webhook_deliveries SET attempts = attempts + 1, delivered = @delivered, next_attempt_at = @due,
             lease_owner = NULL, lease_until = NULL
           WHERE id = @deliveryId`,
        )
        .run({ deliveryId, delivered: attempt.delivered ? 1 : 0, due: nextDue(attempt)?.getTime() ?? null });
    })();
  }

  async createdBefore(before: Date, limit: number): Promise<StoredJob[]> {
    const rows = this.db.prepare<[number, number], JobRow>('SELECT * FROM jobs WHERE created_at < ? ORDER BY created_at, id LIMIT ?').all(before.getTime(), limit);
    return rows.map(jobFrom);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function createSchema(db: Database.Database, path: string): void {
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`The job store ${path} has schema version ${version}, newer than this DataGen knows (${SCHEMA_VERSION}); run a newer DataGen`);
    }
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

function jobFrom(row: JobRow): StoredJob {
  return storedJob({
    id: row.id,
    owner: row.owner,
    status: row.status,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    startedAt: dateOrNull(row.started_at),
    finishedAt: dateOrNull(row.finished_at),
    plan: row.plan,
    output: row.output,
    webhookUrl: row.webhook_url,
    layout: row.layout === null ? null : JSON.parse(row.layout),
    files: JSON.parse(row.files),
    error: row.error === null ? null : JSON.parse(row.error),
  });
}

function dateOrNull(milliseconds: number | null): Date | null {
  return milliseconds === null ? null : new Date(milliseconds);
}
