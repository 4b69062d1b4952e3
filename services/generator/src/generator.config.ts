import { cleanEnv, num, port, str } from 'envalid';
import { DEFAULT_BATCH_SIZE } from './engine/record-stream.js';

// Read and checked once at start-up; a bad value stops the process with a clear message.
export function loadGeneratorConfig(environment: NodeJS.ProcessEnv = process.env) {
  const env = cleanEnv(environment, {
    GENERATOR_HOST: str({ default: '127.0.0.1', desc: 'Interface the gRPC server binds to (0.0.0.0 in containers).' }),
    GENERATOR_PORT: port({ default: 50061 }),
    GENERATOR_BATCH_SIZE: num({ default: DEFAULT_BATCH_SIZE, desc: 'Records per streamed message when the caller does not say.' }),
    GENERATOR_MAX_CONNECTION_AGE_MS: num({
      default: 30_000,
      desc: 'Connections older than this are closed after their calls, so clients re-resolve DNS and find new pods.',
    }),
    GENERATOR_SHUTDOWN_GRACE_MS: num({ default: 30_000, desc: 'How long in-flight streams may run after SIGTERM.' }),
    GENERATOR_MEMORY_BUDGET_BYTES: num({
      default: 32 * 1024 * 1024,
      desc: 'Bytes encoded but not yet sent, across every stream; past it, streams wait for room.',
    }),
    ARTIFACT_STORE: str({
      default: 'file:./data',
      desc: 'Where WriteShard writes job shards: file:<folder> or s3://bucket/prefix. It must name the same store the job coordinator uses (the same shared folder or bucket), or the coordinator finds no shards.',
    }),
  });
  if (!Number.isInteger(env.GENERATOR_BATCH_SIZE) || env.GENERATOR_BATCH_SIZE < 1 || env.GENERATOR_BATCH_SIZE > 50_000) {
    throw new Error('GENERATOR_BATCH_SIZE must be an integer from 1 to 50000');
  }
  if (!Number.isSafeInteger(env.GENERATOR_MEMORY_BUDGET_BYTES) || env.GENERATOR_MEMORY_BUDGET_BYTES < 1) {
    throw new Error('GENERATOR_MEMORY_BUDGET_BYTES must be a positive integer');
  }
  return {
    host: env.GENERATOR_HOST,
    port: env.GENERATOR_PORT,
    batchSize: env.GENERATOR_BATCH_SIZE,
    maxConnectionAgeMs: env.GENERATOR_MAX_CONNECTION_AGE_MS,
    shutdownGraceMs: env.GENERATOR_SHUTDOWN_GRACE_MS,
    memoryBudgetBytes: env.GENERATOR_MEMORY_BUDGET_BYTES,
    artifactStore: env.ARTIFACT_STORE,
  };
}

export type GeneratorConfig = ReturnType<typeof loadGeneratorConfig>;
export const GENERATOR_CONFIG = Symbol('GENERATOR_CONFIG');
