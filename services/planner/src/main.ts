import 'reflect-metadata';
import { PLANNER_PROTO } from '../../../libs/grpc/src/proto-files.js';
import { serveGrpcService } from '../../../libs/grpc/src/serve-grpc-service.js';
import { PLANNER_SERVICE_NAME } from '../../../libs/proto/src/nest/datagen/v1/planner_service.js';
import { loadPlannerConfig } from './planner.config.js';
import { PlannerModule } from './planner.module.js';

const config = loadPlannerConfig();
await serveGrpcService({
  name: `planner (${config.kind})`,
  module: PlannerModule.register(config),
  protoPath: PLANNER_PROTO,
  service: PLANNER_SERVICE_NAME,
  host: config.host,
  port: config.port,
  shutdownGraceMs: config.shutdownGraceMs,
});
