import { status, type ServiceError } from '@grpc/grpc-js';
import { readErrorDetails } from '../../../libs/grpc/src/status-details.js';
import { httpStatusForGrpcCode } from '../grpc/grpc-status-to-http.js';
import { ApiError } from './api-error.js';

const TITLE_BY_CODE: Partial<Record<status, string>> = {
  [status.UNAUTHENTICATED]: 'Unauthorized',
  [status.PERMISSION_DENIED]: 'Forbidden',
  [status.RESOURCE_EXHAUSTED]: 'Rate limited',
  [status.UNAVAILABLE]: 'Service unavailable',
  [status.DEADLINE_EXCEEDED]: 'Request timeout',
  [status.CANCELLED]: 'Request cancelled',
};

// What a REST client sees of a failed gRPC call. Our services put the public error shape in
// the standard status details; anything else (a transport failure) gets a generic title naming the
// upstream, without echoing internal addresses.
export function apiErrorFromGrpc(error: ServiceError, upstream: string): ApiError {
  const httpStatus = httpStatusForGrpcCode(error.code);
  const details = readErrorDetails(error);
  const headers: Record<string, string> = details.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(details.retryAfterSeconds) };

  if (details.violation) {
    return new ApiError(
      httpStatus,
      { error: 'Invalid request payload', issues: details.violation.issues, suggestions: details.violation.suggestions },
      headers,
    );
  }
  if (details.error) {
    return new ApiError(httpStatus, { error: details.error, detail: details.detail ?? '' }, headers);
  }
  const title = TITLE_BY_CODE[error.code] ?? 'Internal server error';
  const detail =
    error.code === status.UNAVAILABLE
      ? `The ${upstream} is not reachable; try again shortly`
      : error.code === status.DEADLINE_EXCEEDED
        ? `The ${upstream} did not answer in time`
        : `The ${upstream} failed`;
  return new ApiError(httpStatus, { error: title, detail }, headers);
}
