import { createRequire } from 'node:module';
import { credentials, loadPackageDefinition, type GrpcObject, type ServiceClientConstructor } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';

// A grpc.reflection.v1 client, as grpcurl or Postman use it: lists the services a server
// exposes without knowing its .proto files.
const require = createRequire(import.meta.url);
const reflectionProto = require.resolve('@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto');

export async function listServices(address: string): Promise<string[]> {
  const definition = loadPackageDefinition(loadSync(reflectionProto, { keepCase: true }));
  const v1 = ((definition.grpc as GrpcObject).reflection as GrpcObject).v1 as GrpcObject;
  const Reflection = v1.ServerReflection as ServiceClientConstructor;
  const client = new Reflection(address, credentials.createInsecure());
  try {
    return await new Promise<string[]>((resolve, reject) => {
      const call = client.ServerReflectionInfo();
      call.on('data', (response: { list_services_response?: { service: { name: string }[] } }) => {
        resolve((response.list_services_response?.service ?? []).map((service) => service.name).sort());
        call.end();
      });
      call.on('error', reject);
      call.write({ list_services: '' });
    });
  } finally {
    client.close();
  }
}
