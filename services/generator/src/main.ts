import 'reflect-metadata';
import { GENERATOR_PROTO } from '../../../libs/grpc/src/proto-files.js';
import { serveGrpcService } from '../../../libs/grpc/src/serve-grpc-service.js';
import { GENERATOR_SERVICE_NAME } from '../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { loadGeneratorConfig } from './generator.config.js';
import { GeneratorModule } from './generator.module.js';
import { sendPreEncodedResponses } from './transport/pre-encoded-responses.js';

const config = loadGeneratorConfig();
await serveGrpcService({
  name: 'generator',
  module: GeneratorModule.register(config),
  protoPath: GENERATOR_PROTO,
  service: GENERATOR_SERVICE_NAME,
  host: config.host,
  port: config.port,
  shutdownGraceMs: config.shutdownGraceMs,
  adaptDefinition: sendPreEncodedResponses,
  channelOptions: {
    'grpc.max_connection_age_ms': config.maxConnectionAgeMs,
    'grpc.max_connection_age_grace_ms': config.shutdownGraceMs,
  },
});
