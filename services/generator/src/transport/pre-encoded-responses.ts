import type { PackageDefinition, ServiceDefinition } from '@grpc/proto-loader';
import { BaseServerInterceptingCall } from '@grpc/grpc-js/build/src/server-interceptors.js';
import { DATAGEN_V1_PACKAGE_NAME, GENERATOR_SERVICE_NAME } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';

// Bytes grpc-js puts before each message on the wire: a compressed flag and a 32-bit length.
export const GRPC_FRAME_HEADER_BYTES = 5;

// GenerateRecords responses leave the controller already framed for the wire
// (response-writer.ts): a pooled buffer holding the frame header and the protobuf message.
const preFramed = (message: object): Buffer => message as Buffer;

interface FramingCall {
  readonly handler: { readonly serialize: unknown };
}

// grpc-js frames each message by allocating a buffer of its own and copying the serialized
// bytes into it. For a stream of records that was a gigabyte of fresh external memory per
// 5,000,000 orders, and V8 answered it with a full collection every 20-30 MB; bypassed, the
// generator's CPU for that request fell from 9.0 to 6.5 seconds. Only the one method whose
// messages arrive framed skips the step; every other method's messages go through it unchanged.
// The step is internal to grpc-js, so its absence stops the generator at start-up rather than
// sending unframed bytes.
export function sendPreEncodedResponses(definition: PackageDefinition): void {
  const service = definition[`${DATAGEN_V1_PACKAGE_NAME}.${GENERATOR_SERVICE_NAME}`] as ServiceDefinition;
  service.GenerateRecords!.responseSerialize = preFramed;
  const prototype = BaseServerInterceptingCall.prototype as unknown as Record<string, unknown>;
  const frame = prototype.serializeMessage;
  if (typeof frame !== 'function') throw new Error('This version of @grpc/grpc-js has no BaseServerInterceptingCall.serializeMessage to hand pre-framed responses to');
  if (frame.name === 'serializeUnlessFramed') return;
  prototype.serializeMessage = function serializeUnlessFramed(this: FramingCall, value: unknown): Buffer {
    return this.handler.serialize === preFramed ? (value as Buffer) : (frame as (value: unknown) => Buffer).call(this, value);
  };
}
