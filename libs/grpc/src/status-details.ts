import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import type { BinaryReader, BinaryWriter } from '@bufbuild/protobuf/wire';
import type { Any } from '../../proto/src/grpc-js/google/protobuf/any.js';
import { BadRequest, ErrorInfo, Help, RetryInfo } from '../../proto/src/grpc-js/google/rpc/error_details.js';
import { Status } from '../../proto/src/grpc-js/google/rpc/status.js';

// Structured error details cross gRPC in the standard error model, a google.rpc.Status in the
// "grpc-status-details-bin" trailer, never inside message strings (see planner_service.proto).
// Servers raise them with rpcError; the gateway reads them back with readErrorDetails.
const STATUS_DETAILS_KEY = 'grpc-status-details-bin';
export const ERROR_DOMAIN = 'datagen.v1';
const TITLE_KEY = 'title';

export interface PayloadViolation {
  issues: string[];
  suggestions: string[];
}

export interface ErrorDetails {
  // The short error REST clients see ("Invalid request payload").
  error: string;
  // ErrorInfo.reason, UPPER_SNAKE_CASE, for a caller that acts on the kind of failure (the job
  // coordinator tells a full artifact store from an unreachable one); derived from `error`
  // when unset.
  reason?: string;
  detail: string;
  violation?: PayloadViolation;
  // Sent as google.rpc.RetryInfo, which the gateway turns into the Retry-After header.
  retryAfterSeconds?: number;
}

export function rpcError(code: GrpcStatus, details: ErrorDetails): RpcException {
  const packed: Any[] = [pack(ERROR_INFO, { reason: details.reason ?? reasonFor(details.error), domain: ERROR_DOMAIN, metadata: { [TITLE_KEY]: details.error } })];
  if (details.violation) {
    packed.push(pack(BAD_REQUEST, { fieldViolations: details.violation.issues.map((description) => ({ field: '', description, reason: '', localizedMessage: undefined })) }));
    packed.push(pack(HELP, { links: details.violation.suggestions.map((description) => ({ description, url: '' })) }));
  }
  if (details.retryAfterSeconds !== undefined) {
    packed.push(pack(RETRY_INFO, { retryDelay: { seconds: Math.ceil(details.retryAfterSeconds), nanos: 0 } }));
  }
  const metadata = new Metadata();
  metadata.set(STATUS_DETAILS_KEY, Buffer.from(Status.encode({ code, message: details.detail, details: packed }).finish()));
  return new RpcException({ code, message: details.detail, details: details.detail, metadata });
}

// A failed gRPC call's error, as grpc-js rejects with it, rather than any other thrown value.
export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof Error && typeof (error as Partial<ServiceError>).code === 'number' && 'metadata' in error;
}

export function readErrorDetails(error: Pick<ServiceError, 'metadata'>): Partial<ErrorDetails> {
  const [value] = error.metadata?.get(STATUS_DETAILS_KEY) ?? [];
  if (!Buffer.isBuffer(value)) return {};
  const { message, details } = Status.decode(value);
  const info = find(ERROR_INFO, details);
  const badRequest = find(BAD_REQUEST, details);
  const help = find(HELP, details);
  const retryDelay = find(RETRY_INFO, details)?.retryDelay;
  const title = info?.domain === ERROR_DOMAIN ? info.metadata[TITLE_KEY] : undefined;
  return {
    ...(title !== undefined ? { error: title, detail: message, reason: info!.reason } : {}),
    ...(badRequest
      ? { violation: { issues: badRequest.fieldViolations.map((violation) => violation.description), suggestions: help?.links.map((link) => link.description) ?? [] } }
      : {}),
    ...(retryDelay ? { retryAfterSeconds: retryDelay.seconds + (retryDelay.nanos > 0 ? 1 : 0) } : {}),
  };
}

// "Invalid request payload" → INVALID_REQUEST_PAYLOAD: ErrorInfo.reason is UPPER_SNAKE_CASE.
function reasonFor(title: string): string {
  return title.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

interface DetailType<T> {
  readonly typeUrl: string;
  readonly codec: { encode(message: T): BinaryWriter; decode(input: BinaryReader | Uint8Array): T };
}

const detailType = <T>(name: string, codec: DetailType<T>['codec']): DetailType<T> => ({ typeUrl: `type.googleapis.com/google.rpc.${name}`, codec });
const ERROR_INFO = detailType('ErrorInfo', ErrorInfo);
const BAD_REQUEST = detailType('BadRequest', BadRequest);
const HELP = detailType('Help', Help);
const RETRY_INFO = detailType('RetryInfo', RetryInfo);

function pack<T>(type: DetailType<T>, message: T): Any {
  return { typeUrl: type.typeUrl, value: Buffer.from(type.codec.encode(message).finish()) };
}

function find<T>(type: DetailType<T>, details: readonly Any[]): T | undefined {
  const detail = details.find((candidate) => candidate.typeUrl === type.typeUrl);
  return detail && type.codec.decode(detail.value);
}
