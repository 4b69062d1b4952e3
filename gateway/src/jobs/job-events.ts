import type { ClientReadableStream, ServiceError } from '@grpc/grpc-js';
import { once } from 'node:events';
import type { Response } from 'express';
import { FINAL_STATUSES, type JobView } from '../../../libs/jobs/src/job-view.js';
import type { Job, WatchJobResponse } from '../../../libs/proto/src/grpc-js/datagen/v1/job_service.js';
import { isServiceError } from '../../../libs/grpc/src/status-details.js';
import type { ApiError } from '../errors/api-error.js';
import { clientGoneSignal } from '../http/client-gone-signal.js';

// Proxies and load balancers close a connection that stays silent for about a minute; a
// comment line this often keeps a slow job's stream open.
const HEARTBEAT_MS = 15_000;

export interface JobEventSource {
  view(job: Job): Promise<JobView>;
  error(error: ServiceError): ApiError;
}

// GET /api/jobs/{id}/events: Server-Sent Events from WatchJob. Each change is `event: progress`
// with the job's REST body as data; the last is `event: completed`, `failed` or `cancelled`,
// then the response ends. The headers wait for the job's first message, so an unknown id is
// still a plain 404. A client that leaves cancels the watch; a watch that breaks or ends early
// cuts the stream, so a client never takes an unfinished job for a finished stream.
export async function sendJobEvents(watch: ClientReadableStream<WatchJobResponse>, response: Response, source: JobEventSource): Promise<void> {
  const gone = clientGoneSignal(response);
  const stopWatching = () => watch.cancel();
  gone.addEventListener('abort', stopWatching, { once: true });
  // grpc-js reports a cancelled or failed call as an 'error' event even after the loop below
  // has let go of the stream; the loop sees every error that matters, this keeps a late one
  // from being uncaught.
  watch.on('error', () => undefined);
  let heartbeat: NodeJS.Timeout | undefined;
  try {
    for await (const message of watch as AsyncIterable<WatchJobResponse>) {
      if (!message.job) throw new Error('The job service sent a watch message without the job');
      const view = await source.view(message.job);
      if (!response.headersSent) {
        openEventStream(response);
        heartbeat = setInterval(() => response.writableEnded || response.write(': heartbeat\n\n'), HEARTBEAT_MS);
      }
      const final = FINAL_STATUSES.has(view.status);
      if (!response.write(`event: ${final ? view.status : 'progress'}\ndata: ${JSON.stringify(view)}\n\n`)) {
        await once(response, 'drain', { signal: gone });
      }
      if (final) {
        response.end();
        return;
      }
    }
    throw new Error('The job service ended the watch before the job ended');
  } catch (error) {
    if (gone.aborted) return;
    if (isServiceError(error) && !response.headersSent) throw source.error(error);
    throw error;
  } finally {
    clearInterval(heartbeat);
    gone.removeEventListener('abort', stopWatching);
  }
}

function openEventStream(response: Response): void {
  response.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    // no-transform keeps the compression middleware from holding events back in its buffer.
    'Cache-Control': 'no-cache, no-transform',
    // nginx buffers responses unless told not to.
    'X-Accel-Buffering': 'no',
  });
  response.flushHeaders();
}
