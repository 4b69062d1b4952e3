import type { BatchChecks } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { JobStatus, type JobError, type JobFile, type JobOutput } from '../../../../libs/proto/src/nest/datagen/v1/job_service.js';
import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';

// Where jobs, their shards and their webhook deliveries are kept: SQLite (embedded default) or
// PostgreSQL (several coordinator replicas). Replicas share work through leases: a job is run
// by the replica holding its unexpired lease; a replica that dies stops renewing it, and
// another claims the job and resumes it from the shards recorded as done.

// The statuses a job ends with; a job in one of them never changes again.
export const FINAL_JOB_STATUSES: readonly JobStatus[] = [JobStatus.JOB_STATUS_COMPLETED, JobStatus.JOB_STATUS_FAILED, JobStatus.JOB_STATUS_CANCELLED];

export interface StoredJob {
  readonly id: string;
  readonly owner: string;
  readonly status: JobStatus;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly startedAt?: Date;
  readonly finishedAt?: Date;
  // Set once planned.
  readonly plan?: Plan;
  readonly output: JobOutput;
  readonly webhookUrl: string;
  // Set when the coordinator first ran the job: its files and their shards.
  readonly layout?: JobLayout;
  // Set when completed.
  readonly files: readonly JobFile[];
  // Set when failed.
  readonly error?: JobError;
}

// How a job's records map onto files and shards; fixed the first time the job runs, so a
// resumed job writes the same shards to the same keys.
export interface JobLayout {
  readonly files: readonly LayoutFile[];
}

export interface LayoutFile {
  // Its name in download_links ("orders", "orders.defects", "orders/part-00000.parquet").
  readonly name: string;
  readonly dataset: string;
  // The records, or the defect manifest.
  readonly content: 'records' | 'manifest';
  readonly artifactKey: string;
  // The S3 multipart upload, when the store uses one.
  readonly uploadId?: string;
  readonly contentType: string;
  readonly fileName: string;
  readonly shards: readonly LayoutShard[];
}

export interface LayoutShard {
  readonly offset: number;
  readonly count: number;
}

// What a generator reported for a shard it wrote whole.
export interface ShardResult {
  readonly file: string;
  readonly index: number;
  readonly records: number;
  readonly bytes: number;
  readonly etag?: string;
  readonly defectCounts: Readonly<Record<string, number>>;
  readonly checks: BatchChecks;
}

export interface NewJob {
  readonly id: string;
  readonly owner: string;
  readonly output: JobOutput;
  readonly webhookUrl: string;
}

export interface DeliveryRecord {
  readonly id: number;
  readonly jobId: string;
  readonly event: string;
  // Tries made so far.
  readonly attempts: number;
  readonly nextAttemptAt?: Date;
  readonly delivered: boolean;
}

export interface DeliveryAttempt {
  readonly attempt: number;
  readonly attemptedAt: Date;
  readonly statusCode: number;
  readonly error: string;
  readonly delivered: boolean;
  // When the next try is due; undefined after the last.
  readonly nextAttemptAt?: Date;
}

// A try as the job shows it (Job.deliveries): with the event it was delivering.
export interface WebhookAttempt extends DeliveryAttempt {
  readonly event: string;
}

export interface JobStore {
  // A new job, status planning, created and updated now.
  create(job: NewJob): Promise<void>;
  // The plan is made: status queued.
  planned(id: string, plan: Plan): Promise<void>;
  // Forgets a job with its shards and webhook deliveries: one whose planning failed, or one
  // past its time to live (found by createdBefore).
  remove(id: string): Promise<void>;
  get(id: string): Promise<StoredJob | undefined>;

  // Takes one job that is queued, or running under an expired lease, and leases it to
  // `worker` until now + leaseMs (status running, started_at set if unset). Two replicas
  // never hold the same job. Undefined when there is none.
  claim(worker: string, leaseMs: number): Promise<StoredJob | undefined>;
  // Extends the lease; false when `worker` no longer holds it (expired and taken, or the job
  // has ended: cancelled, say), and then the worker must stop writing.
  renew(id: string, worker: string, leaseMs: number): Promise<boolean>;
  // Fixes the layout, once; a second call for a job that has one returns the stored one.
  // Rejects when the job has no layout yet and `worker` does not hold it.
  setLayout(id: string, worker: string, layout: JobLayout): Promise<JobLayout>;
  // Records a shard done (or done again: the same result replaces it). Moves the job's
  // updatedAt: progress is a change watchers are told of.
  recordShard(id: string, result: ShardResult): Promise<void>;
  shards(id: string): Promise<ShardResult[]>;
  // Ends the job with `status` (completed with files, failed with error, cancelled) unless it
  // has already ended; true when this call ended it. Clears the lease.
  finish(id: string, ending: { status: JobStatus; files?: readonly JobFile[]; error?: JobError }): Promise<boolean>;

  // Every try to deliver a job's webhook events, oldest first.
  deliveries(jobId: string): Promise<WebhookAttempt[]>;
  // Queues an event for delivery, due now.
  addDelivery(jobId: string, event: string): Promise<void>;
  // Takes one delivery that is due (next attempt at or before now, not delivered, not
  // exhausted) and leases it to `worker` for leaseMs, so one replica sends it.
  claimDelivery(worker: string, leaseMs: number): Promise<DeliveryRecord | undefined>;
  // Records a try and frees the delivery's lease; with nextAttemptAt (and not delivered) the
  // delivery is due again then, without it it is over.
  recordAttempt(deliveryId: number, attempt: DeliveryAttempt): Promise<void>;

  // Jobs created before `before`, ended or not, for removal with their files.
  createdBefore(before: Date, limit: number): Promise<StoredJob[]>;
  close(): Promise<void>;
}
