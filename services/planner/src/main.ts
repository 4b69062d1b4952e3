import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type MicroserviceOptions, Transport } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';
import { HEALTH_PROTO, LOADER_OPTIONS, PLANNER_PROTO } from '../../../libs/grpc/src/proto-files.js';
import { installGracefulShutdown } from '../../../libs/grpc/src/graceful-shutdown.js';
import { ServiceExtras } from '../../../libs/grpc/src/service-extras.js';
import { DATAGEN_V1_PACKAGE_NAME, PLANNER_SERVICE_NAME } from '../../../libs/proto/src/nest/datagen/v1/planner_service.js';
import { loadPlannerConfig } from './planner.config.js';
import { PlannerModule } from './planner.module.js';

const config = loadPlannerConfig();
const extras = new ServiceExtras([`${DATAGEN_V1_PACKAGE_NAME}.${PLANNER_SERVICE_NAME}`]);

const app = await NestFactory.createMicroservice<MicroserviceOptions>(PlannerModule.register(config), {
  bufferLogs: true,
  transport: Transport.GRPC,
  options: {
    package: DATAGEN_V1_PACKAGE_NAME,
    protoPath: [PLANNER_PROTO, HEALTH_PROTO],
    url: `${config.host}:${config.port}`,
    loader: LOADER_OPTIONS,
    onLoadPackageDefinition: extras.install,
    gracefulShutdown: true,
  },
});
const logger = app.get(Logger);
app.useLogger(logger);
await app.listen();
extras.setServing(true);
installGracefulShutdown(app, extras, config.shutdownGraceMs, logger);
logger.log(`planner (${config.kind}) serving gRPC on ${config.host}:${config.port}`);
