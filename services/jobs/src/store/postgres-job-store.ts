import pg from 'pg';
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

// The schema this code makes, kept in job_store_schema so that a database set up by a newer
// DataGen is refused rather than misread. Bump it with each change to SCHEMA.
const SCHEMA_VERSION = 1;

const { JOB_STATUS_PLANNING: PLANNING, JOB_STATUS_QUEUED: QUEUED, JOB_STATUS_RUNNING: RUNNING } = JobStatus;
const FINAL = FINAL_JOB_STATUSES.join(', ');

// Leases run on the database's clock, so replicas whose clocks differ still agree on expiry.
const leaseEnd = (milliseconds: string) => `now() + ${milliseconds}::integer * interval '1 millisecond'`;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS job_store_schema (version integer NOT NULL);
  CREATE TABLE IF NOT EXISTS jobs (
    id text PRIMARY KEY,
    owner text NOT NULL,
    status smallint NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    started_at timestamptz,
    finished_at timestamptz,
    plan bytea,
    output bytea NOT NULL,
    webhook_url text NOT NULL,
    layout jsonb,
    files jsonb NOT NULL,
    error jsonb,
    lease_owner text,
    lease_until timestamptz
  );
  CREATE INDEX IF NOT EXISTS jobs_by_creation ON jobs (created_at);
  CREATE TABLE IF NOT EXISTS job_shards (
    job_id text NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    file text NOT NULL,
    shard_index integer NOT NULL,
    records bigint NOT NULL,
    bytes bigint NOT NULL,
    etag text,
    defect_counts jsonb NOT NULL,
    checks jsonb NOT NULL,
    PRIMARY KEY (job_id, file, shard_index)
  );
  CREATE TABLE IF NOT EXISTS webhook_deliveries (
    id bigserial PRIMARY KEY,
    job_id text NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    event text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    delivered boolean NOT NULL DEFAULT false,
    lease_owner text,
    lease_until timestamptz
  );
  CREATE INDEX IF NOT EXISTS webhook_deliveries_by_job ON webhook_deliveries (job_id);
  CREATE INDEX IF NOT EXISTS webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE NOT delivered;
  CREATE TABLE IF NOT EXISTS webhook_attempts (
    delivery_id bigint NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt integer NOT NULL,
    attempted_at timestamptz NOT NULL,
    status_code integer NOT NULL,
    error text NOT NULL,
    delivered boolean NOT NULL,
    next_attempt_at timestamptz,
    PRIMARY KEY (delivery_id, attempt)
  );
`;

// pg parses jsonb and timestamptz; bigint arrives as a string, since it may exceed 2^53.
interface JobRow {
  id: string;
  owner: string;
  status: JobStatus;
  created_at: Date;
  updated_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  plan: Buffer | null;
  output: Buffer;
  webhook_url: string;
  layout: unknown;
  files: unknown;
  error: unknown;
}

interface ShardRow {
  file: string;
  shard_index: number;
  records: string;
  bytes: string;
  etag: string | null;
  defect_counts: unknown;
  checks: unknown;
}

interface DeliveryRow {
  id: string;
  job_id: string;
  event: string;
  attempts: number;
  next_attempt_at: Date | null;
  delivered: boolean;
}

interface AttemptRow {
  event: string;
  attempt: number;
  attempted_at: Date;
  status_code: number;
  error: string;
  delivered: boolean;
  next_attempt_at: Date | null;
}

// The job store for several coordinator replicas. Claims use FOR UPDATE SKIP LOCKED, so
// replicas claiming at once each take a different row without waiting on one another.
export class PostgresJobStore implements JobStore {
  private constructor(private readonly pool: pg.Pool) {}

  // Connects and makes the tables when they are missing. The URL may hold a password: it is
  // never logged nor put in an error.
  static async open(url: string): Promise<PostgresJobStore> {
    const pool = new pg.Pool({ connectionString: url });
    // A pooled connection that breaks while idle is dropped by the pool and replaced at the
    // next query, which reports any lasting failure; unheard, this event would end the process.
    pool.on('error', () => undefined);
    try {
      await createSchema(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresJobStore(pool);
  }

  async create(job: NewJob): Promise<void> {
    await this.pool.query(
      `INSERT INTO jobs (id, owner, status, created_at, updated_at, output, webhook_url, files)
       VALUES ($1, $2, ${PLANNING}, now(), now(), $3, $4, '[]')`,
      [job.id, job.owner, outputBytes(job.output), job.webhookUrl],
    );
  }

  async planned(id: string, plan: Plan): Promise<void> {
    await this.pool.query(`UPDATE jobs SET plan = $2, status = ${QUEUED}, updated_at = now() WHERE id = $1`, [id, planBytes(plan)]);
  }

  async remove(id: string): Promise<void> {
    await this.pool.query('DELETE FROM jobs WHERE id = $1', [id]);
  }

  async get(id: string): Promise<StoredJob | undefined> {
    const { rows } = await this.pool.query<JobRow>('SELECT * FROM jobs WHERE id = $1', [id]);
    return rows[0] && jobFrom(rows[0]);
  }

  async claim(worker: string, leaseMs: number): Promise<StoredJob | undefined> {
    const { rows } = await this.pool.query<JobRow>(
      `UPDATE jobs SET status = ${RUNNING}, lease_owner = $1, lease_until = ${leaseEnd('$2')},
         started_at = coalesce(started_at, now()), updated_at = now()
       WHERE id = (
         SELECT id FROM jobs WHERE status = ${QUEUED} OR (status = ${RUNNING} AND lease_until < now())
         ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [worker, leaseMs],
    );
    return rows[0] && jobFrom(rows[0]);
  }

  async renew(id: string, worker: string, leaseMs: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE jobs SET lease_until = ${leaseEnd('$3')}
       WHERE id = $1 AND status = ${RUNNING} AND lease_owner = $2 AND lease_until >= now()`,
      [id, worker, leaseMs],
    );
    return rowCount === 1;
  }

  async setLayout(id: string, worker: string, layout: JobLayout): Promise<JobLayout> {
    await this.pool.query(`UPDATE jobs SET layout = $3::jsonb WHERE id = $1 AND layout IS NULL AND status = ${RUNNING} AND lease_owner = $2`, [
      id,
      worker,
      layoutJson(layout),
    ]);
    const { rows } = await this.pool.query<Pick<JobRow, 'layout'>>('SELECT layout FROM jobs WHERE id = $1', [id]);
    const stored = rows[0]?.layout;
    if (stored == null) throw new Error(`Job ${id} has no layout and is not leased to ${worker}`);
    return stored as JobLayout;
  }

  async recordShard(id: string, result: ShardResult): Promise<void> {
    // One statement, so the shard and the job's progress time change together.
    await this.pool.query(
      `WITH recorded AS (
         INSERT INTO job_shards (job_id, file, shard_index, records, bytes, etag, defect_counts, checks)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)
         ON CONFLICT (job_id, file, shard_index) DO UPDATE SET records = excluded.records, bytes = excluded.bytes,
           etag = excluded.etag, defect_counts = excluded.defect_counts, checks = excluded.checks)
       UPDATE jobs SET updated_at = now() WHERE id = $1`,
      [id, result.file, result.index, result.records, result.bytes, result.etag ?? null, defectCountsJson(result.defectCounts), checksJson(result.checks)],
    );
  }

  async shards(id: string): Promise<ShardResult[]> {
    const { rows } = await this.pool.query<ShardRow>('SELECT * FROM job_shards WHERE job_id = $1 ORDER BY file, shard_index', [id]);
    return rows.map((row) =>
      shardResult({
        file: row.file,
        index: row.shard_index,
        records: Number(row.records),
        bytes: Number(row.bytes),
        etag: row.etag,
        defectCounts: row.defect_counts,
        checks: row.checks,
      }),
    );
  }

  async finish(id: string, ending: { status: JobStatus; files?: readonly JobFile[]; error?: JobError }): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE jobs SET status = $2, files = coalesce($3::jsonb, files), error = coalesce($4::jsonb, error),
         finished_at = now(), updated_at = now(), lease_owner = NULL, lease_until = NULL
       WHERE id = $1 AND status NOT IN (${FINAL})`,
      [id, ending.status, ending.files ? filesJson(ending.files) : null, ending.error ? errorJson(ending.error) : null],
    );
    return rowCount === 1;
  }

  async deliveries(jobId: string): Promise<WebhookAttempt[]> {
    const { rows } = await this.pool.query<AttemptRow>(
      `SELECT d.event, a.attempt, a.attempted_at, a.status_code, a.error, a.delivered, a.next_attempt_at
       FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
       WHERE d.job_id = $1 ORDER BY a.attempted_at, a.delivery_id, a.attempt`,
      [jobId],
    );
    return rows.map((row) =>
      webhookAttempt({
        event: row.event,
        attempt: row.attempt,
        attemptedAt: row.attempted_at,
        statusCode: row.status_code,
        error: row.error,
        delivered: row.delivered,
        nextAttemptAt: row.next_attempt_at,
      }),
    );
  }

  async addDelivery(jobId: string, event: string): Promise<void> {
    await this.pool.query('INSERT INTO webhook_deliveries (job_id, event, next_attempt_at) VALUES ($1, $2, now())', [jobId, event]);
  }

  async claimDelivery(worker: string, leaseMs: number): Promise<DeliveryRecord | undefined> {
    const { rows } = await this.pool.query<DeliveryRow>(
      `UPDATE webhook_deliveries SET lease_owner = $1, lease_until = ${leaseEnd('$2')}
       WHERE id = (
         SELECT id FROM webhook_deliveries
         WHERE NOT delivered AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
         ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [worker, leaseMs],
    );
    const row = rows[0];
    return (
      row &&
      deliveryRecord({
        id: Number(row.id),
        jobId: row.job_id,
        event: row.event,
        attempts: row.attempts,
        nextAttemptAt: row.next_attempt_at,
        delivered: row.delivered,
      })
    );
  }

  async recordAttempt(deliveryId: number, attempt: DeliveryAttempt): Promise<void> {
    // One statement, so the attempt and the delivery's state change together.
    await this.pool.query(
      `WITH recorded AS (
         INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, status_code, error, delivered, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7))
       UPDATE webhook_deliveries SET attempts = attempts + 1, delivered = $6, next_attempt_at = $8,
         lease_owner = NULL, lease_until = NULL
       WHERE id = $1`,
      [deliveryId, attempt.attempt, attempt.attemptedAt, attempt.statusCode, attempt.error, attempt.delivered, attempt.nextAttemptAt ?? null, nextDue(attempt)],
    );
  }

  async createdBefore(before: Date, limit: number): Promise<StoredJob[]> {
    const { rows } = await this.pool.query<JobRow>('SELECT * FROM jobs WHERE created_at < $1 ORDER BY created_at, id LIMIT $2', [before, limit]);
    return rows.map(jobFrom);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

// Replicas starting together all run this: the advisory lock makes them take turns, since
// concurrent CREATE ... IF NOT EXISTS of one table can still fail on PostgreSQL's catalogue.
async function createSchema(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('datagen job store schema'))");
    await client.query(SCHEMA);
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM job_store_schema');
    const version = rows[0]?.version ?? null;
    if (version !== null && version > SCHEMA_VERSION) {
      throw new Error(`The job store database has schema version ${version}, newer than this DataGen knows (${SCHEMA_VERSION}); run a newer DataGen`);
    }
    if (version === null) await client.query('INSERT INTO job_store_schema (version) VALUES ($1)', [SCHEMA_VERSION]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function jobFrom(row: JobRow): StoredJob {
  return storedJob({
    id: row.id,
    owner: row.owner,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    plan: row.plan,
    output: row.output,
    webhookUrl: row.webhook_url,
    layout: row.layout,
    files: row.files,
    error: row.error,
  });
}
