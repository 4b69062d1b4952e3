import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type MicroserviceOptions, Transport } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';
import { GENERATOR_PROTO, HEALTH_PROTO, LOADER_OPTIONS } from '../../../libs/grpc/src/proto-files.js';
import { installGracefulShutdown } from '../../../libs/grpc/src/graceful-shutdown.js';
import { ServiceExtras } from '../../../libs/grpc/src/service-extras.js';
import { DATAGEN_V1_PACKAGE_NAME, GENERATOR_SERVICE_NAME } from '../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { loadGeneratorConfig } from './generator.config.js';
import { GeneratorModule } from './generator.module.js';
import { sendPreEncodedResponses } from './transport/pre-encoded-responses.js';

const config = loadGeneratorConfig();
const extras = new ServiceExtras([`${DATAGEN_V1_PACKAGE_NAME}.${GENERATOR_SERVICE_NAME}`]);

const app = await NestFactory.createMicroservice<MicroserviceOptions>(GeneratorModule.register(config), {
  bufferLogs: true,
  transport: Transport.GRPC,
  options: {
    package: DATAGEN_V1_PACKAGE_NAME,
    protoPath: [GENERATOR_PROTO, HEALTH_PROTO],
    url: `${config.host}:${config.port}`,
    loader: LOADER_OPTIONS,
    onLoadPackageDefinition: (definition, server) => {
      sendPreEncodedResponses(definition);
      extras.install(definition, server);
    },
    gracefulShutdown: true,
    channelOptions: {
      'grpc.max_connection_age_ms': config.maxConnectionAgeMs,
      'grpc.max_connection_age_grace_ms': config.shutdownGraceMs,
    },
  },
});
const logger = app.get(Logger);
app.useLogger(logger);
await app.listen();
extras.setServing(true);
installGracefulShutdown(app, extras, config.shutdownGraceMs, logger);
logger.log(`generator serving gRPC on ${config.host}:${config.port}`);
