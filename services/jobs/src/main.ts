import 'reflect-metadata';
import { serveGrpcService } from '../../../libs/grpc/src/serve-grpc-service.js';
import { JOB_PROTO } from '../../../libs/grpc/src/proto-files.js';
import { JOB_SERVICE_NAME } from '../../../libs/proto/src/nest/datagen/v1/job_service.js';
import { loadJobsConfig } from './jobs.config.js';
import { JobsModule } from './jobs.module.js';

const config = loadJobsConfig();
await serveGrpcService({
  name: 'job coordinator',
  module: JobsModule.register(config),
  protoPath: JOB_PROTO,
  service: JOB_SERVICE_NAME,
  host: config.host,
  port: config.port,
  shutdownGraceMs: config.shutdownGraceMs,
});
