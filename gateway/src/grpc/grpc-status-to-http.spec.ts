import { status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { httpStatusForGrpcCode } from './grpc-status-to-http.js';

describe('httpStatusForGrpcCode', () => {
  it.each([
    [status.INVALID_ARGUMENT, 400],
    [status.FAILED_PRECONDITION, 400],
    [status.OUT_OF_RANGE, 400],
    [status.UNAUTHENTICATED, 401],
    [status.PERMISSION_DENIED, 403],
    [status.NOT_FOUND, 404],
    [status.RESOURCE_EXHAUSTED, 429],
    [status.CANCELLED, 499],
    [status.UNIMPLEMENTED, 501],
    [status.UNAVAILABLE, 503],
    [status.DEADLINE_EXCEEDED, 504],
    [status.INTERNAL, 500],
    [status.UNKNOWN, 500],
    [status.DATA_LOSS, 500],
    [status.ABORTED, 500],
    [status.ALREADY_EXISTS, 500],
  ])('maps gRPC code %i to HTTP %i', (code, http) => {
    expect(httpStatusForGrpcCode(code)).toBe(http);
  });
});
