import type { PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation } from 'grpc-health-check';

// Every gRPC server serves grpc.health.v1 (probes, the gateway's readiness) and server
// reflection (grpcurl, Postman). NestJS exposes the raw server through onLoadPackageDefinition.
export class ServiceExtras {
  readonly health: HealthImplementation;

  constructor(private readonly serviceNames: readonly string[]) {
    this.health = new HealthImplementation(
      Object.fromEntries(['', ...serviceNames].map((name) => [name, 'NOT_SERVING' as const])),
    );
  }

  readonly install = (definition: PackageDefinition, server: unknown): void => {
    const grpcServer = server as Parameters<HealthImplementation['addToServer']>[0] &
      Parameters<ReflectionService['addToServer']>[0];
    this.health.addToServer(grpcServer);
    new ReflectionService(definition).addToServer(grpcServer);
  };

  setServing(serving: boolean): void {
    const status = serving ? 'SERVING' : 'NOT_SERVING';
    for (const name of ['', ...this.serviceNames]) this.health.setStatus(name, status);
  }
}
