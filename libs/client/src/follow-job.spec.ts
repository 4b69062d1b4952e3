import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from './api-failure.js';
import type { JobStatus, JobView } from './api-types.js';
import { followJob, POLL_INTERVAL_MS, type JobSource } from './follow-job.js';

function view(status: JobStatus, done = 0): JobView {
  return { job_id: 'job-1', status, progress: { records_done: done, records_total: 10, datasets: {} } };
}

// A job source whose stream sends `events` then ends as `streamEnd` says, and whose status
// answers come from `answers` in turn.
function source(events: JobView[], streamEnd: 'ends' | Error, answers: (JobView | Error)[] = []): JobSource & { asked: number } {
  const fake = {
    asked: 0,
    async watchJob(_jobId: string, onJob: (job: JobView) => void) {
      for (const event of events) onJob(event);
      if (streamEnd !== 'ends') throw streamEnd;
    },
    async job() {
      const answer = answers[fake.asked++];
      if (answer === undefined) throw new Error('asked more often than the test expects');
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return fake;
}

describe('followJob', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes every state from the stream and asks nothing when it ends on a final one', async () => {
    const jobs = source([view('queued'), view('running', 5), view('completed', 10)], 'ends');
    const seen: JobStatus[] = [];
    await followJob(jobs, 'job-1', (job) => seen.push(job.status), new AbortController().signal);
    expect(seen).toEqual(['queued', 'running', 'completed']);
    expect(jobs.asked).toBe(0);
  });

  it('asks for the status every second once the stream breaks, until the job ends', async () => {
    const jobs = source([view('running', 2)], ApiFailure.unreachable(new Error('network')), [view('running', 6), view('completed', 10)]);
    const seen: number[] = [];
    const following = followJob(jobs, 'job-1', (job) => seen.push(job.progress.records_done), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS - 1);
    expect(jobs.asked).toBe(0);
    await vi.advanceTimersByTimeAsync(2 * POLL_INTERVAL_MS);
    await following;
    expect(seen).toEqual([2, 6, 10]);
    expect(jobs.asked).toBe(2);
  });

  it('keeps asking when the stream closed early or the network is away', async () => {
    const jobs = source([], 'ends', [ApiFailure.unreachable(new Error('offline')), new ApiFailure(503, { error: 'Unavailable', detail: '' }), view('cancelled')]);
    const following = followJob(jobs, 'job-1', () => undefined, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(3 * POLL_INTERVAL_MS);
    await following;
    expect(jobs.asked).toBe(3);
  });

  it('gives up on an answer asking again cannot change', async () => {
    const gone = new ApiFailure(404, { error: 'Not found', detail: 'No job job-1' });
    const jobs = source([], new Error('stream refused'), [gone]);
    const following = followJob(jobs, 'job-1', () => undefined, new AbortController().signal);
    const outcome = expect(following).rejects.toBe(gone);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    await outcome;
  });

  it('stops at once when aborted', async () => {
    const controller = new AbortController();
    const jobs = source([view('running')], 'ends', []);
    const following = followJob(jobs, 'job-1', () => undefined, controller.signal);
    controller.abort();
    await following;
    expect(jobs.asked).toBe(0);
  });
});
