import type { PackageDefinition, ServiceDefinition } from '@grpc/proto-loader';
import { DATAGEN_V1_PACKAGE_NAME, GENERATOR_SERVICE_NAME } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';

// GenerateRecords responses leave the controller already in wire format (response-writer.ts),
// so the method's serializer hands them on as they are instead of encoding an object.
export function sendPreEncodedResponses(definition: PackageDefinition): void {
  const service = definition[`${DATAGEN_V1_PACKAGE_NAME}.${GENERATOR_SERVICE_NAME}`] as ServiceDefinition;
  service.GenerateRecords!.responseSerialize = (message: object) => message as Buffer;
}
