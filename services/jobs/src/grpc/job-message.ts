import type { DatasetCounts, Job } from '../../../../libs/proto/src/grpc-js/datagen/v1/job_service.js';
import { JobStatus, type Job as WireJob } from '../../../../libs/proto/src/nest/datagen/v1/job_service.js';
import type { Timestamp } from '../../../../libs/proto/src/nest/google/protobuf/timestamp.js';
import type { ShardResult, StoredJob, WebhookAttempt } from '../store/job-store.js';
import { addChecks, noChecks } from '../../../../libs/checks/src/batch-checks.js';

// The Job message: the stored job, with progress and counts from its recorded shards and the
// attempts to deliver its webhook. Times are Dates, as jobView() (webhook bodies) takes them;
// onTheWire() gives the shape the gRPC server sends.
export function jobMessage(job: StoredJob, shards: readonly ShardResult[], deliveries: readonly WebhookAttempt[]): Job {
  const plan = job.plan;
  const datasets = plan?.datasets ?? [];
  const counts = new Map<string, DatasetCounts>(datasets.map((dataset) => [dataset.name, { name: dataset.name, records: 0, defectCounts: {}, checks: noChecks() }]));
  const files = new Map((job.layout?.files ?? []).map((file) => [file.name, file]));
  for (const shard of shards) {
    const file = files.get(shard.file);
    if (file?.content !== 'records') continue;
    const dataset = counts.get(file.dataset)!;
    dataset.records += shard.records;
    for (const [kind, count] of Object.entries(shard.defectCounts)) dataset.defectCounts[kind] = (dataset.defectCounts[kind] ?? 0) + count;
    addChecks(dataset.checks!, shard.checks);
  }
  const progress = datasets.map((dataset) => ({ name: dataset.name, recordsDone: counts.get(dataset.name)!.records, recordsTotal: dataset.size }));
  return {
    jobId: job.id,
    status: job.status,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    plan,
    output: job.output,
    progress: {
      recordsDone: progress.reduce((sum, dataset) => sum + dataset.recordsDone, 0),
      recordsTotal: progress.reduce((sum, dataset) => sum + dataset.recordsTotal, 0),
      datasets: progress,
    },
    files: job.status === JobStatus.JOB_STATUS_COMPLETED ? [...job.files] : [],
    counts: [...counts.values()],
    error: job.error,
    webhookUrl: job.webhookUrl,
    deliveries: deliveries.map((attempt) => ({
      event: attempt.event,
      attempt: attempt.attempt,
      attemptedAt: attempt.attemptedAt,
      statusCode: attempt.statusCode,
      error: attempt.error,
      delivered: attempt.delivered,
      nextAttemptAt: attempt.nextAttemptAt,
    })),
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

export function onTheWire(job: Job): WireJob {
  return {
    ...job,
    createdAt: timestamp(job.createdAt),
    updatedAt: timestamp(job.updatedAt),
    startedAt: timestamp(job.startedAt),
    finishedAt: timestamp(job.finishedAt),
    deliveries: job.deliveries.map((delivery) => ({ ...delivery, attemptedAt: timestamp(delivery.attemptedAt), nextAttemptAt: timestamp(delivery.nextAttemptAt) })),
  };
}

function timestamp(date: Date | undefined): Timestamp | undefined {
  if (date === undefined) return undefined;
  const ms = date.getTime();
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 };
}
