import { BatchChecks } from '../../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import { JobError, JobFile, JobOutput } from '../../../../libs/proto/src/grpc-js/datagen/v1/job_service.js';
import { Plan } from '../../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { JobStatus } from '../../../../libs/proto/src/nest/datagen/v1/job_service.js';
import type { DeliveryRecord, JobLayout, ShardResult, StoredJob, WebhookAttempt } from './job-store.js';

// How both job stores keep structured values in columns. The plan and the output are kept in
// their protobuf encoding (exact, and readable by later versions of the .proto); files, error
// and checks in their protobuf JSON mapping and our own shapes as JSON, so an operator can read
// them in a SQL console. The encoders come from the grpc-js generated code: the Nest variant
// has none, and both are generated from one .proto with the same options, so their message
// types are the same.

// A job's columns as read back: JSON already parsed, null where unset.
export interface JobColumns {
  readonly id: string;
  readonly owner: string;
  readonly status: JobStatus;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly plan: Uint8Array | null;
  readonly output: Uint8Array;
  readonly webhookUrl: string;
  readonly layout: unknown;
  readonly files: unknown;
  readonly error: unknown;
}

export function storedJob(columns: JobColumns): StoredJob {
  return {
    id: columns.id,
    owner: columns.owner,
    status: columns.status,
    createdAt: columns.createdAt,
    updatedAt: columns.updatedAt,
    startedAt: columns.startedAt ?? undefined,
    finishedAt: columns.finishedAt ?? undefined,
    plan: columns.plan === null ? undefined : Plan.decode(columns.plan),
    output: JobOutput.decode(columns.output),
    webhookUrl: columns.webhookUrl,
    layout: (columns.layout ?? undefined) as JobLayout | undefined,
    files: (columns.files as unknown[]).map((file) => JobFile.fromJSON(file)),
    error: columns.error === null ? undefined : JobError.fromJSON(columns.error),
  };
}

export function planBytes(plan: Plan): Buffer {
  return Buffer.from(Plan.encode(plan).finish());
}

export function outputBytes(output: JobOutput): Buffer {
  return Buffer.from(JobOutput.encode(output).finish());
}

export function filesJson(files: readonly JobFile[]): string {
  return JSON.stringify(files.map((file) => JobFile.toJSON(file)));
}

export function errorJson(error: JobError): string {
  return JSON.stringify(JobError.toJSON(error));
}

export function layoutJson(layout: JobLayout): string {
  return JSON.stringify(layout);
}

// A shard's columns as read back, JSON parsed.
export interface ShardColumns {
  readonly file: string;
  readonly index: number;
  readonly records: number;
  readonly bytes: number;
  readonly etag: string | null;
  readonly defectCounts: unknown;
  readonly checks: unknown;
}

export function shardResult(columns: ShardColumns): ShardResult {
  return {
    file: columns.file,
    index: columns.index,
    records: columns.records,
    bytes: columns.bytes,
    etag: columns.etag ?? undefined,
    defectCounts: columns.defectCounts as Record<string, number>,
    checks: BatchChecks.fromJSON(columns.checks),
  };
}

export function defectCountsJson(defectCounts: Readonly<Record<string, number>>): string {
  return JSON.stringify(defectCounts);
}

export function checksJson(checks: BatchChecks): string {
  return JSON.stringify(BatchChecks.toJSON(checks));
}

export interface DeliveryColumns {
  readonly id: number;
  readonly jobId: string;
  readonly event: string;
  readonly attempts: number;
  readonly nextAttemptAt: Date | null;
  readonly delivered: boolean;
}

export function deliveryRecord(columns: DeliveryColumns): DeliveryRecord {
  return { ...columns, nextAttemptAt: columns.nextAttemptAt ?? undefined };
}

export interface AttemptColumns {
  readonly event: string;
  readonly attempt: number;
  readonly attemptedAt: Date;
  readonly statusCode: number;
  readonly error: string;
  readonly delivered: boolean;
  readonly nextAttemptAt: Date | null;
}

export function webhookAttempt(columns: AttemptColumns): WebhookAttempt {
  return { ...columns, nextAttemptAt: columns.nextAttemptAt ?? undefined };
}

// When a delivery is due again after a try: never once delivered or given up.
export function nextDue(attempt: { readonly delivered: boolean; readonly nextAttemptAt?: Date }): Date | null {
  return attempt.delivered ? null : (attempt.nextAttemptAt ?? null);
}
