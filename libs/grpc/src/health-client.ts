import { credentials, makeGenericClientConstructor, Metadata, type Client, type ServiceError } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';

type HealthClient = Client & {
  check(
    request: { service: string },
    metadata: Metadata,
    options: { deadline: Date },
    callback: (error: ServiceError | null, response: { status: string | number }) => void,
  ): void;
};

const HealthClientConstructor = makeGenericClientConstructor(healthService, 'grpc.health.v1.Health');

// Asks a gRPC server's grpc.health.v1 whether it serves (the empty name: the whole server).
export function checkServing(address: string, timeoutMs = 1000, serviceName = ''): Promise<boolean> {
  const client = new HealthClientConstructor(address, credentials.createInsecure()) as unknown as HealthClient;
  return new Promise<boolean>((resolve) => {
    client.check({ service: serviceName }, new Metadata(), { deadline: new Date(Date.now() + timeoutMs) }, (error, response) => {
      client.close();
      resolve(!error && (response.status === 'SERVING' || response.status === 1));
    });
  });
}
