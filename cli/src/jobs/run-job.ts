import type { ApiClient } from '../../../libs/client/src/api-client.js';
import { ApiFailure } from '../../../libs/client/src/api-failure.js';
import type { JobView } from '../../../libs/client/src/api-types.js';
import { followJob } from '../../../libs/client/src/follow-job.js';
import type { GenerationBody } from '../../../libs/client/src/generation-body.js';
import { CliFailure } from '../cli-failure.js';
import { EXIT } from '../exit-codes.js';
import type { ProgressDisplay } from '../progress/progress-display.js';
import type { Interruption } from './interruption.js';

export type CompletedJob = JobView & { result: NonNullable<JobView['result']> };

// Creates a job and follows it to its end, showing each dataset's records; an interruption
// cancels it (DELETE). Anything but `completed` is a failure naming why.
export async function runJob(client: ApiClient, body: GenerationBody, display: ProgressDisplay, interruption: Interruption): Promise<CompletedJob> {
  const created = await client.createJob(body, interruption.signal);
  interruption.onInterrupt(() => client.cancelJob(created.job_id));
  let last: JobView | undefined;
  try {
    await followJob(
      client,
      created.job_id,
      (job) => {
        last = job;
        display.update(Object.entries(job.progress.datasets).map(([name, progress]) => ({ name, done: progress.records_done, total: progress.records_total })));
      },
      interruption.signal,
    );
  } finally {
    display.stop();
  }
  if (interruption.signal.aborted) throw new CliFailure(`job ${created.job_id} cancelled`, EXIT.INTERRUPTED);
  if (last?.status === 'completed' && last.result) return last as CompletedJob;
  const reason = last?.error ? new ApiFailure(0, last.error).message : 'no reason given';
  throw new CliFailure(`Job ${created.job_id} ended ${last?.status ?? 'without an answer'}: ${reason}`, EXIT.JOB_FAILED);
}
