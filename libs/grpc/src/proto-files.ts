import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { protoPath as healthProtoPath } from 'grpc-health-check';

// The .proto files are loaded at run time (NestJS's gRPC transport and reflection need them).
// Source runs from libs/grpc/src and compiled code from dist/libs/grpc/src, so the root is
// found by walking up rather than by a fixed number of "..".
function findProtoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'proto', 'datagen', 'v1', 'plan.proto'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the proto/ folder above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return join(dir, 'proto');
}

export const PROTO_ROOT = findProtoRoot();
export const PLANNER_PROTO = join(PROTO_ROOT, 'datagen/v1/planner_service.proto');
export const GENERATOR_PROTO = join(PROTO_ROOT, 'datagen/v1/generator_service.proto');
export const JOB_PROTO = join(PROTO_ROOT, 'datagen/v1/job_service.proto');
export const HEALTH_PROTO = healthProtoPath;

// The shape NestJS hands to proto-loader. Numbers stay numbers (ts-proto forceLong=number),
// field names become camelCase as ts-proto's interfaces expect.
export const LOADER_OPTIONS = {
  keepCase: false,
  longs: Number,
  enums: Number,
  defaults: true,
  arrays: true,
  oneofs: true,
  includeDirs: [PROTO_ROOT],
};
