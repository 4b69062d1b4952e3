import type { ApiClient } from './api-client.js';
import { ApiFailure } from './api-failure.js';
import { FINAL_JOB_STATUSES, type JobView } from './api-types.js';

// How often the job is asked for once its event stream is lost.
export const POLL_INTERVAL_MS = 1000;

export type JobSource = Pick<ApiClient, 'watchJob' | 'job'>;

// Hands each state of a job to `onJob` until it ends or `signal` aborts: from its event
// stream, and when that breaks before the end (a proxy cutting it, the network), from its
// status asked for every second. Only an answer asking again cannot change (the job is
// gone, the token is refused) ends the following early, as a rejection.
export async function followJob(source: JobSource, jobId: string, onJob: (job: JobView) => void, signal: AbortSignal): Promise<void> {
  let ended = false;
  const seen = (job: JobView) => {
    ended = FINAL_JOB_STATUSES.has(job.status);
    onJob(job);
  };
  try {
    await source.watchJob(jobId, seen, signal);
  } catch {
    if (signal.aborted) return;
    // Whatever broke the stream, the job's own address says where it stands.
  }
  while (!ended && !signal.aborted) {
    await pause(POLL_INTERVAL_MS, signal);
    if (signal.aborted) return;
    try {
      seen(await source.job(jobId, signal));
    } catch (error) {
      if (signal.aborted) return;
      if (!worthRetrying(error)) throw error;
    }
  }
}

// The network, an overloaded or restarting server: the next second may answer.
function worthRetrying(error: unknown): boolean {
  if (!(error instanceof ApiFailure)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
