import { status } from '@grpc/grpc-js';

// The canonical gRPC → HTTP mapping (google/rpc/code.proto, grpc-gateway's runtime/errors.go).
const HTTP_STATUS_BY_GRPC_CODE: ReadonlyMap<status, number> = new Map([
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
]);

export function httpStatusForGrpcCode(code: status): number {
  return HTTP_STATUS_BY_GRPC_CODE.get(code) ?? 500;
}
