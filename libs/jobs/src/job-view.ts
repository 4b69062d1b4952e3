import { outputFormatName } from '../../api/src/output-enums.js';
import { BatchStats } from '../../envelope/src/batch-stats.js';
import { isoSeconds } from '../../envelope/src/iso-seconds.js';
import { responseMetadata, successMessage } from '../../envelope/src/response-metadata.js';
import { type Job, type JobError, type JobFile, JobStatus, type WebhookDelivery } from '../../proto/src/grpc-js/datagen/v1/job_service.js';

// The REST body of a job: what GET /api/jobs/{id} answers, each Server-Sent Event carries and a
// webhook posts as `job`. Built from the Job message by this one function, in the gateway and
// in the coordinator.

export type JobStatusName = 'queued' | 'planning' | 'running' | 'completed' | 'failed' | 'cancelled';

const STATUS_NAMES: ReadonlyMap<JobStatus, JobStatusName> = new Map([
  [JobStatus.JOB_STATUS_QUEUED, 'queued'],
  [JobStatus.JOB_STATUS_PLANNING, 'planning'],
  [JobStatus.JOB_STATUS_RUNNING, 'running'],
  [JobStatus.JOB_STATUS_COMPLETED, 'completed'],
  [JobStatus.JOB_STATUS_FAILED, 'failed'],
  [JobStatus.JOB_STATUS_CANCELLED, 'cancelled'],
]);

// The statuses a job never leaves.
export const FINAL_STATUSES: ReadonlySet<JobStatusName> = new Set(['completed', 'failed', 'cancelled']);

export interface ProgressView {
  records_done: number;
  records_total: number;
}

export interface DeliveryView {
  event: string;
  attempt: number;
  attempted_at: string | null;
  // null when no answer came (a time-out, a refused address).
  status_code: number | null;
  error: string | null;
  delivered: boolean;
  // null after the last try.
  next_attempt_at: string | null;
}

// The public document's two error shapes.
export type ErrorView = { error: string; detail: string } | { error: string; issues: string[]; suggestions: string[] };

export interface JobView {
  job_id: string;
  status: JobStatusName;
  created_at: string | null;
  updated_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  progress: ProgressView & { datasets: Record<string, ProgressView> };
  webhook?: { url: string; deliveries: DeliveryView[] };
  // When completed: the /api/generate envelope, with links to the files instead of content.
  result?: {
    success: true;
    message: string;
    datasets: Record<string, { format: string; size: number; columns: string[] }>;
    metadata: ReturnType<typeof responseMetadata>;
    download_links: Record<string, string>;
  };
  // When failed.
  error?: ErrorView;
}

// `links` gives each file's download URL: the gateway signs its own, or asks the store for a
// presigned one.
export async function jobView(job: Job, links: (file: JobFile) => Promise<string>): Promise<JobView> {
  const status = jobStatusName(job.status);
  const progress = job.progress ?? { recordsDone: 0, recordsTotal: 0, datasets: [] };
  return {
    job_id: job.jobId,
    status,
    created_at: moment(job.createdAt),
    updated_at: moment(job.updatedAt),
    started_at: moment(job.startedAt),
    finished_at: moment(job.finishedAt),
    progress: {
      records_done: progress.recordsDone,
      records_total: progress.recordsTotal,
      datasets: Object.fromEntries(
        progress.datasets.map((dataset) => [dataset.name, { records_done: dataset.recordsDone, records_total: dataset.recordsTotal }]),
      ),
    },
    ...(job.webhookUrl === '' ? {} : { webhook: { url: job.webhookUrl, deliveries: job.deliveries.map(deliveryView) } }),
    ...(status === 'completed' ? { result: await resultView(job, links) } : {}),
    ...(status === 'failed' ? { error: errorView(job.error) } : {}),
  };
}

export function jobStatusName(status: JobStatus): JobStatusName {
  const name = STATUS_NAMES.get(status);
  if (name === undefined) throw new Error(`Job status ${status} has no API name`);
  return name;
}

async function resultView(job: Job, links: (file: JobFile) => Promise<string>): Promise<NonNullable<JobView['result']>> {
  // The generation began with the job's first shard.
  const { plan, output, startedAt = job.createdAt } = job;
  if (!plan || !output || !startedAt) throw new Error(`Job ${job.jobId} completed without its plan, output or start time`);
  const format = outputFormatName(output.format);
  const perDataset = plan.datasets.map((dataset) => {
    const counts = job.counts.find((candidate) => candidate.name === dataset.name);
    if (!counts) throw new Error(`Job ${job.jobId} completed without the counts of dataset ${dataset.name}`);
    return BatchStats.fromCounts(counts);
  });
  const linkEntries = await Promise.all(job.files.map(async (file) => [file.name, await links(file)] as const));
  return {
    success: true,
    message: successMessage(plan.datasets.length),
    datasets: Object.fromEntries(
      plan.datasets.map((dataset) => [dataset.name, { format, size: dataset.size, columns: dataset.fields.map((field) => field.name) }]),
    ),
    metadata: responseMetadata(plan, output.defectRates, format, startedAt, perDataset),
    download_links: Object.fromEntries(linkEntries),
  };
}

function errorView(error: JobError | undefined): ErrorView {
  if (!error) return { error: 'Job failed', detail: 'The job service gave no reason' };
  if (error.issues.length > 0) return { error: error.error, issues: error.issues, suggestions: error.suggestions };
  return { error: error.error, detail: error.detail };
}

function deliveryView(delivery: WebhookDelivery): DeliveryView {
  return {
    event: delivery.event,
    attempt: delivery.attempt,
    attempted_at: moment(delivery.attemptedAt),
    status_code: delivery.statusCode === 0 ? null : delivery.statusCode,
    error: delivery.error === '' ? null : delivery.error,
    delivered: delivery.delivered,
    next_attempt_at: moment(delivery.nextAttemptAt),
  };
}

function moment(date: Date | undefined): string | null {
  return date === undefined ? null : isoSeconds(date);
}
