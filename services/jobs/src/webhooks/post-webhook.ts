import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pinnedLookup, type WebhookTarget } from '../../../../libs/jobs/src/webhook-address.js';

export interface WebhookAnswer {
  readonly delivered: boolean;
  // The receiver's HTTP status; 0 when no answer came.
  readonly statusCode: number;
  // Why the try failed; empty when it was delivered.
  readonly error: string;
}

// One POST of a signed body to a checked target, connecting only to the addresses that were
// checked. The deadline covers connecting, sending and the answer's status line. Only the
// status is kept: the answer's body is never read, so a receiver cannot make us hold or
// record what it sends. Redirects are not followed (their target was never checked).
export function postWebhook(
  target: Extract<WebhookTarget, { ok: true }>,
  body: string,
  headers: Readonly<Record<string, string>>,
  timeoutMs: number,
): Promise<WebhookAnswer> {
  const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  const signal = AbortSignal.timeout(timeoutMs);
  return new Promise((resolve) => {
    const req = send(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
        lookup: pinnedLookup(target.addresses),
        // A connection of its own, closed after: a pooled one could outlive the check.
        agent: false,
        signal,
      },
      (res) => {
        const statusCode = res.statusCode ?? 0;
        res.destroy();
        resolve({ delivered: statusCode >= 200 && statusCode < 300, statusCode, error: answerProblem(statusCode) });
      },
    );
    req.on('error', (error) =>
      resolve({ delivered: false, statusCode: 0, error: signal.aborted ? `No answer within ${timeoutMs} ms` : `Could not deliver: ${error.message}` }),
    );
    req.end(body);
  });
}

function answerProblem(statusCode: number): string {
  if (statusCode >= 200 && statusCode < 300) return '';
  if (statusCode >= 300 && statusCode < 400) return `The receiver answered ${statusCode}; redirects are not followed`;
  return `The receiver answered ${statusCode}`;
}
