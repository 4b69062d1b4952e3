import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import { ErrorInfo, PayloadViolation } from '../../proto/src/grpc-js/datagen/v1/errors.js';

// Structured error details cross gRPC in trailing metadata, never inside message strings
// (see errors.proto). Servers raise them with rpcError; the gateway reads them back.
const ERROR_INFO_KEY = 'datagen-error-bin';
const PAYLOAD_VIOLATION_KEY = 'datagen-payload-violation-bin';
export const RETRY_AFTER_KEY = 'retry-after';

export interface ErrorDetails {
  error: string;
  detail: string;
  violation?: PayloadViolation;
  // Sent as the "retry-after" trailer, which the gateway turns into the Retry-After header.
  retryAfterSeconds?: number;
}

export function rpcError(code: GrpcStatus, details: ErrorDetails): RpcException {
  const metadata = new Metadata();
  metadata.set(ERROR_INFO_KEY, Buffer.from(ErrorInfo.encode({ error: details.error, detail: details.detail }).finish()));
  if (details.violation) {
    metadata.set(PAYLOAD_VIOLATION_KEY, Buffer.from(PayloadViolation.encode(details.violation).finish()));
  }
  if (details.retryAfterSeconds !== undefined) metadata.set(RETRY_AFTER_KEY, String(details.retryAfterSeconds));
  return new RpcException({ code, message: details.detail, details: details.detail, metadata });
}

export function readErrorDetails(error: Pick<ServiceError, 'metadata'>): Partial<ErrorDetails> {
  const metadata = error.metadata;
  if (!metadata) return {};
  const info = firstBuffer(metadata, ERROR_INFO_KEY);
  const violation = firstBuffer(metadata, PAYLOAD_VIOLATION_KEY);
  const decoded = info ? ErrorInfo.decode(info) : undefined;
  return {
    ...(decoded ? { error: decoded.error, detail: decoded.detail } : {}),
    ...(violation ? { violation: PayloadViolation.decode(violation) } : {}),
  };
}

function firstBuffer(metadata: Metadata, key: string): Buffer | undefined {
  const [value] = metadata.get(key);
  return Buffer.isBuffer(value) ? value : undefined;
}
