import { Metadata, status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { ErrorInfo } from '../../proto/src/grpc-js/google/rpc/error_details.js';
import { Status } from '../../proto/src/grpc-js/google/rpc/status.js';
import { ERROR_DOMAIN, readErrorDetails, rpcError } from './status-details.js';

function trailers(exception: ReturnType<typeof rpcError>): Metadata {
  return (exception.getError() as { metadata: Metadata }).metadata;
}

describe('status details', () => {
  it('sends a google.rpc.Status with ErrorInfo, BadRequest, Help and RetryInfo that any gRPC client can decode', () => {
    const metadata = trailers(
      rpcError(status.INVALID_ARGUMENT, {
        error: 'Invalid request payload',
        detail: 'datasets=9 is out of range',
        violation: { issues: ['datasets=9 is out of range'], suggestions: ['Set datasets to a whole number from 1 to 5'] },
        retryAfterSeconds: 3,
      }),
    );
    const [bytes] = metadata.get('grpc-status-details-bin');
    const decoded = Status.decode(bytes as Buffer);
    expect(decoded.code).toBe(status.INVALID_ARGUMENT);
    expect(decoded.message).toBe('datasets=9 is out of range');
    expect(decoded.details.map((detail) => detail.typeUrl)).toEqual([
      'type.googleapis.com/google.rpc.ErrorInfo',
      'type.googleapis.com/google.rpc.BadRequest',
      'type.googleapis.com/google.rpc.Help',
      'type.googleapis.com/google.rpc.RetryInfo',
    ]);
    expect(ErrorInfo.decode(decoded.details[0]!.value)).toEqual({
      reason: 'INVALID_REQUEST_PAYLOAD',
      domain: ERROR_DOMAIN,
      metadata: { title: 'Invalid request payload' },
    });
    expect(readErrorDetails({ metadata })).toEqual({
      error: 'Invalid request payload',
      reason: 'INVALID_REQUEST_PAYLOAD',
      detail: 'datasets=9 is out of range',
      violation: { issues: ['datasets=9 is out of range'], suggestions: ['Set datasets to a whole number from 1 to 5'] },
      retryAfterSeconds: 3,
    });
  });

  it('sends a reason given apart from the title, for callers that act on the kind of failure', () => {
    const metadata = trailers(
      rpcError(status.FAILED_PRECONDITION, { error: 'Artifact store failed', reason: 'ARTIFACT_STORE_UNREACHABLE', detail: 'The folder cannot be used' }),
    );
    const decoded = Status.decode(metadata.get('grpc-status-details-bin')[0] as Buffer);
    expect(ErrorInfo.decode(decoded.details[0]!.value).reason).toBe('ARTIFACT_STORE_UNREACHABLE');
    expect(readErrorDetails({ metadata })).toEqual({ error: 'Artifact store failed', reason: 'ARTIFACT_STORE_UNREACHABLE', detail: 'The folder cannot be used' });
  });

  it('reads nothing from a call without details or with another domain’s ErrorInfo', () => {
    expect(readErrorDetails({ metadata: new Metadata() })).toEqual({});
    const foreign = new Metadata();
    const info = { typeUrl: 'type.googleapis.com/google.rpc.ErrorInfo', value: Buffer.from(ErrorInfo.encode({ reason: 'X', domain: 'elsewhere', metadata: { title: 'No' } }).finish()) };
    foreign.set('grpc-status-details-bin', Buffer.from(Status.encode({ code: status.INTERNAL, message: 'm', details: [info] }).finish()));
    expect(readErrorDetails({ metadata: foreign })).toEqual({});
  });
});
