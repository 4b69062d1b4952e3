import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { isServiceError, readErrorDetails } from '../../../../libs/grpc/src/status-details.js';
import type { GeneratorServiceClient, WriteShardRequest, WriteShardResponse } from '../../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { JobError } from '../../../../libs/proto/src/grpc-js/datagen/v1/job_service.js';

export interface ShardCallPolicy {
  // Tries in all for a shard whose generator failed or went away.
  readonly attempts: number;
  // How long one WriteShard call may take.
  readonly callTimeoutMs: number;
  // How long to wait for some generator to be connected before a retry.
  readonly readyWaitMs: number;
}

// A store problem (full, unreachable) rarely clears by itself: a couple of tries, then the
// job fails with the store's own words. A refused plan never clears.
const STORE_ATTEMPTS = 3;
const PAUSE_FIRST_MS = 250;
const PAUSE_MAX_MS = 4_000;

// Why a shard could not be written, in the shape REST clients see.
export class ShardFailure extends Error {
  constructor(readonly jobError: JobError) {
    super(`${jobError.error}: ${jobError.detail}`);
    this.name = 'ShardFailure';
  }
}

export interface ShardCallSignals {
  // No further try once aborted; the call in flight is let end by itself.
  readonly stop: AbortSignal;
  // Cancels the call in flight too. The generator learns of it a moment later and may still
  // finish its write, so a job whose files are about to be removed stops rather than cancels.
  readonly cancel: AbortSignal;
}

// Writes one shard through some generator, again on another when its generator fails or dies
// (the bytes are the same whoever writes them). Rejects with the stop reason once it aborts
// between tries, and with a ShardFailure when the shard cannot be written.
export async function writeShard(
  client: GeneratorServiceClient,
  request: WriteShardRequest,
  policy: ShardCallPolicy,
  { stop, cancel }: ShardCallSignals,
): Promise<WriteShardResponse> {
  const signal = AbortSignal.any([stop, cancel]);
  for (let attempt = 1; ; attempt++) {
    signal.throwIfAborted();
    try {
      return await call(client, request, policy.callTimeoutMs, cancel);
    } catch (error) {
      signal.throwIfAborted();
      if (!isServiceError(error)) throw error;
      const limit = error.code === status.FAILED_PRECONDITION ? Math.min(STORE_ATTEMPTS, policy.attempts) : policy.attempts;
      if (error.code === status.INVALID_ARGUMENT || attempt >= limit) throw new ShardFailure(jobError(error, request, attempt));
      await pause(Math.min(PAUSE_FIRST_MS * 2 ** (attempt - 1), PAUSE_MAX_MS), signal);
      await ready(client, policy.readyWaitMs, signal);
    }
  }
}

function call(client: GeneratorServiceClient, request: WriteShardRequest, timeoutMs: number, signal: AbortSignal): Promise<WriteShardResponse> {
  return new Promise((resolve, reject) => {
    const cancel = () => handle.cancel();
    const handle = client.writeShard(request, new Metadata(), { deadline: new Date(Date.now() + timeoutMs) }, (error, response) => {
      signal.removeEventListener('abort', cancel);
      if (error) reject(error);
      else resolve(response);
    });
    signal.addEventListener('abort', cancel, { once: true });
  });
}

// Resolves once the channel has a generator connected, or after `waitMs` anyway: the next try
// then fails and counts as one.
function ready(client: GeneratorServiceClient, waitMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    client.waitForReady(new Date(Date.now() + waitMs), () => resolve());
  });
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function jobError(error: ServiceError, request: WriteShardRequest, attempts: number): JobError {
  const details = readErrorDetails(error);
  if (details.violation) return { error: 'Invalid request payload', detail: '', issues: details.violation.issues, suggestions: details.violation.suggestions };
  if (details.error !== undefined) return { error: details.error, detail: details.detail ?? '', issues: [], suggestions: [] };
  const range = `records ${request.offset}-${request.offset + Math.max(request.count, 1) - 1} of ${request.dataset}`;
  return {
    error: 'Generation failed',
    detail: `The generators could not write ${range} after ${attempts} tries (last: ${status[error.code]})`,
    issues: [],
    suggestions: [],
  };
}
