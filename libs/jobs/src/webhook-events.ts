import { JobStatus } from '../../proto/src/nest/datagen/v1/job_service.js';

// The events a job's webhook receives, one for each way a job ends: the "event" of the POSTed
// body and of each delivery listed on the job.
export const WEBHOOK_EVENTS = ['job.completed', 'job.failed', 'job.cancelled'] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

// The event a job that ended with `status` sends; undefined while it has not ended.
export function webhookEventFor(status: JobStatus): WebhookEvent | undefined {
  switch (status) {
    case JobStatus.JOB_STATUS_COMPLETED:
      return 'job.completed';
    case JobStatus.JOB_STATUS_FAILED:
      return 'job.failed';
    case JobStatus.JOB_STATUS_CANCELLED:
      return 'job.cancelled';
    default:
      return undefined;
  }
}
