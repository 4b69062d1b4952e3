import { describe, expect, it } from 'vitest';
import { JobStatus } from '../../proto/src/nest/datagen/v1/job_service.js';
import { WEBHOOK_EVENTS, webhookEventFor } from './webhook-events.js';

describe('webhookEventFor', () => {
  it('names one event for each way a job ends', () => {
    const endings = [JobStatus.JOB_STATUS_COMPLETED, JobStatus.JOB_STATUS_FAILED, JobStatus.JOB_STATUS_CANCELLED];
    expect(endings.map(webhookEventFor)).toEqual([...WEBHOOK_EVENTS]);
  });

  it('names none while a job has not ended', () => {
    for (const status of [JobStatus.JOB_STATUS_PLANNING, JobStatus.JOB_STATUS_QUEUED, JobStatus.JOB_STATUS_RUNNING]) {
      expect(webhookEventFor(status)).toBeUndefined();
    }
  });
});
