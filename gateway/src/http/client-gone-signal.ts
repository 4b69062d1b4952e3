import type { Response } from 'express';

// Aborted when the client closes the connection before its response is complete, so work
// done for it upstream (a model call in the planner, the generator streams) stops too.
export function clientGoneSignal(response: Response): AbortSignal {
  const gone = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) gone.abort();
  });
  return gone.signal;
}
