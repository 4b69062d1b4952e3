import type { ApiClient } from '../../../libs/client/src/api-client.js';

// get_job waits at most this long: MCP clients give up on a tool call after about a minute
// (the SDK's client by default after 60 s), so longer jobs are asked about again.
export const MAX_WAIT_SECONDS = 60;

// Follows the job's event stream until it ends (completed, failed or cancelled), `seconds`
// pass, or the caller gives up, whichever comes first.
export async function waitForJob(client: ApiClient, jobId: string, seconds: number, signal: AbortSignal): Promise<void> {
  if (seconds <= 0) return;
  const stop = AbortSignal.any([signal, AbortSignal.timeout(seconds * 1000)]);
  try {
    await client.watchJob(jobId, () => undefined, stop);
  } catch (error) {
    if (!stop.aborted) throw error;
  }
}
