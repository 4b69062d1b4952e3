import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type MicroserviceOptions, Transport } from '@nestjs/microservices';
import type { ChannelOptions } from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { Logger } from 'nestjs-pino';
import { DATAGEN_V1_PACKAGE_NAME } from '../../proto/src/nest/datagen/v1/plan.js';
import { installGracefulShutdown } from './graceful-shutdown.js';
import { HEALTH_PROTO, LOADER_OPTIONS } from './proto-files.js';
import { ServiceExtras } from './service-extras.js';

export interface GrpcServiceOptions {
  // What logs call the process ("planner", "generator", "job coordinator").
  readonly name: string;
  readonly module: DynamicModule;
  // The service's .proto file and its name in datagen.v1.
  readonly protoPath: string;
  readonly service: string;
  readonly host: string;
  readonly port: number;
  readonly shutdownGraceMs: number;
  readonly channelOptions?: ChannelOptions;
  // Runs on the loaded definition before the service is registered.
  readonly adaptDefinition?: (definition: PackageDefinition) => void;
}

// Starts one of our NestJS gRPC services the way all of them start: structured logs, grpc
// health and reflection beside the service, SERVING once listening, and the graceful shutdown
// of libs/grpc/src/graceful-shutdown.ts.
export async function serveGrpcService(options: GrpcServiceOptions): Promise<void> {
  const extras = new ServiceExtras([`${DATAGEN_V1_PACKAGE_NAME}.${options.service}`]);
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(options.module, {
    bufferLogs: true,
    transport: Transport.GRPC,
    options: {
      package: DATAGEN_V1_PACKAGE_NAME,
      protoPath: [options.protoPath, HEALTH_PROTO],
      url: `${options.host}:${options.port}`,
      loader: LOADER_OPTIONS,
      onLoadPackageDefinition: (definition: PackageDefinition, server: unknown) => {
        options.adaptDefinition?.(definition);
        extras.install(definition, server);
      },
      gracefulShutdown: true,
      channelOptions: options.channelOptions,
    },
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  await app.listen();
  extras.setServing(true);
  installGracefulShutdown(app, extras, options.shutdownGraceMs, logger);
  logger.log(`${options.name} serving gRPC on ${options.host}:${options.port}`);
}
