import { describe, expect, it } from 'vitest';
import type { PackageDefinition, ServiceDefinition } from '@grpc/proto-loader';
import { BaseServerInterceptingCall } from '@grpc/grpc-js/build/src/server-interceptors.js';
import { DATAGEN_V1_PACKAGE_NAME, GENERATOR_SERVICE_NAME } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { sendPreEncodedResponses } from './pre-encoded-responses.js';

// A package definition holding only what sendPreEncodedResponses touches.
function definition(): { definition: PackageDefinition; service: ServiceDefinition } {
  const service = { GenerateRecords: { responseSerialize: (message: object) => Buffer.from(JSON.stringify(message)) } } as unknown as ServiceDefinition;
  return { definition: { [`${DATAGEN_V1_PACKAGE_NAME}.${GENERATOR_SERVICE_NAME}`]: service } as unknown as PackageDefinition, service };
}

// grpc-js's framing step, called as a server call would call it.
const frameOf = (serialize: unknown, message: unknown): Buffer =>
  (BaseServerInterceptingCall.prototype as unknown as { serializeMessage(this: unknown, value: unknown): Buffer }).serializeMessage.call({ handler: { serialize } }, message);

describe('sendPreEncodedResponses', () => {
  const { definition: first, service } = definition();
  sendPreEncodedResponses(first);
  sendPreEncodedResponses(definition().definition);

  it('hands GenerateRecords messages to HTTP/2 as they are: the very buffer, already framed', () => {
    const framed = Buffer.from([0, 0, 0, 0, 2, 8, 1]);
    expect(frameOf(service.GenerateRecords!.responseSerialize, framed)).toBe(framed);
  });

  it("leaves every other method's messages to grpc-js's framing, once however often it is installed", () => {
    expect([...frameOf(() => Buffer.from('ab'), {})]).toEqual([0, 0, 0, 0, 2, 0x61, 0x62]);
  });
});
