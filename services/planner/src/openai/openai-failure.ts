import { status } from '@grpc/grpc-js';
import { Logger } from '@nestjs/common';
import type { RpcException } from '@nestjs/microservices';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';
import { rpcError } from '../../../../libs/grpc/src/status-details.js';
import { UnusablePlanError } from './unusable-plan.js';
import { retryAfterSeconds } from './retry-after.js';

// What a failed planning call means for the caller, in the public {error, detail} shape.
// Messages of the `openai` library are never passed on: they quote the upstream answer, and
// OpenAI's 401 message quotes the start of the key ("Incorrect API key provided: sk-abc***").
// Every detail here is our own text, with at most an HTTP status or a number of seconds in it.
export function describeOpenAiFailure(error: unknown, timeoutMs: number): RpcException {
  if (error instanceof UnusablePlanError) {
    return rpcError(status.UNAVAILABLE, { error: 'Unusable plan', detail: `The model's answer could not be used as a plan: ${error.message}` });
  }
  if (error instanceof APIUserAbortError) {
    return rpcError(status.CANCELLED, { error: 'Request cancelled', detail: 'The planning request was cancelled before the model answered' });
  }
  // Before APIConnectionError, which it extends.
  if (error instanceof APIConnectionTimeoutError) {
    return rpcError(status.DEADLINE_EXCEEDED, { error: 'Request timeout', detail: `OpenAI did not answer within ${timeoutMs / 1000} seconds` });
  }
  if (error instanceof APIConnectionError) {
    return rpcError(status.UNAVAILABLE, { error: 'Model unavailable', detail: 'The OpenAI API could not be reached; try again shortly' });
  }
  if (error instanceof AuthenticationError) {
    return rpcError(status.UNAUTHENTICATED, { error: 'Invalid API key', detail: 'OpenAI refused the API key: it is invalid, expired or revoked' });
  }
  if (error instanceof PermissionDeniedError) {
    return rpcError(status.PERMISSION_DENIED, { error: 'Forbidden', detail: 'OpenAI refused this API key access to the planning model' });
  }
  if (error instanceof RateLimitError) {
    const seconds = retryAfterSeconds(error.headers);
    const detail =
      error.code === 'insufficient_quota'
        ? 'The OpenAI account of this API key has exceeded its quota; check its plan and billing'
        : `OpenAI rate limit reached for this API key; retry after ${seconds} seconds`;
    return rpcError(status.RESOURCE_EXHAUSTED, { error: 'Rate limited', detail, retryAfterSeconds: seconds });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const detail =
      error.status >= 500
        ? `OpenAI failed to answer (HTTP ${error.status}); try again shortly`
        : `OpenAI refused the planning request (HTTP ${error.status}); the planner's model settings may not suit this server`;
    return rpcError(status.UNAVAILABLE, { error: 'Model unavailable', detail });
  }
  logUnexpected(error);
  return rpcError(status.INTERNAL, { error: 'Internal error', detail: 'Planning with OpenAI failed' });
}

const logger = new Logger('OpenAiPlanner');

// A bug of ours, not an answer of OpenAI's: where it happened is logged, but not its message,
// which might hold anything the failing code had in hand.
function logUnexpected(error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')) : [];
  logger.error(`planning with OpenAI failed unexpectedly (${name})\n${frames.join('\n')}`);
}
