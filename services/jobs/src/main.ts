import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type MicroserviceOptions, Transport } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';
import { HEALTH_PROTO, JOB_PROTO, LOADER_OPTIONS } from '../../../libs/grpc/src/proto-files.js';
import { installGracefulShutdown } from '../../../libs/grpc/src/graceful-shutdown.js';
import { ServiceExtras } from '../../../libs/grpc/src/service-extras.js';
import { DATAGEN_V1_PACKAGE_NAME, JOB_SERVICE_NAME } from '../../../libs/proto/src/nest/datagen/v1/job_service.js';
import { loadJobsConfig } from './jobs.config.js';
import { JobsModule } from './jobs.module.js';

const config = loadJobsConfig();
const extras = new ServiceExtras([`${DATAGEN_V1_PACKAGE_NAME}.${JOB_SERVICE_NAME}`]);

const app = await NestFactory.createMicroservice<MicroserviceOptions>(JobsModule.register(config), {
  bufferLogs: true,
  transport: Transport.GRPC,
  options: {
    package: DATAGEN_V1_PACKAGE_NAME,
    protoPath: [JOB_PROTO, HEALTH_PROTO],
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
logger.log(`job coordinator serving gRPC on ${config.host}:${config.port}`);
