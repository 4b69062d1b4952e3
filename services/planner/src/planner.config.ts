import { cleanEnv, makeValidator, port, str, url } from 'envalid';
import { SealingKey } from '../../../libs/sealing/src/sealed-secret.js';
import { RESPONSE_FORMAT_SETTINGS, type ResponseFormatSetting } from './openai/response-format.js';

const count = makeValidator<number>((text) => {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`must be a whole number >= 0, got "${text}"`);
  return value;
});

const OPENAI_TIMEOUT_DEFAULT_MS = 60_000;

// Read and checked once at start-up; a bad value stops the process with a clear message.
export function loadPlannerConfig(environment: NodeJS.ProcessEnv = process.env) {
  const env = cleanEnv(environment, {
    PLANNER_HOST: str({ default: '127.0.0.1', desc: 'Interface the gRPC server binds to (0.0.0.0 in containers).' }),
    PLANNER_PORT: port({ default: 50051 }),
    PLANNER_KIND: str({ choices: ['builtin', 'openai'], default: 'builtin', desc: 'Which planner makes plans.' }),
    OPENAI_BASE_URL: url({ default: 'https://api.openai.com/v1' }),
    OPENAI_MODEL: str({ default: 'gpt-4o-mini' }),
    OPENAI_RESPONSE_FORMAT: str({
      choices: RESPONSE_FORMAT_SETTINGS,
      default: 'auto',
      desc: 'Structured outputs (json_schema), JSON mode (json_object), or auto: structured outputs until the server refuses them.',
    }),
    OPENAI_TIMEOUT_MS: count({ default: OPENAI_TIMEOUT_DEFAULT_MS, desc: 'How long one OpenAI attempt may take before the plan fails with 504.' }),
    // No retry by default: a rate-limited caller gets 429 and Retry-After at once instead of a
    // silent wait, and one attempt always fits in the gateway's planning deadline.
    OPENAI_MAX_RETRIES: count({ default: 0, desc: 'Retries of a failed OpenAI request (connection errors, 408, 409, 429, 5xx).' }),
    PLAN_CACHE_ENTRIES: count({ default: 256, desc: 'Plans kept for identical OpenAI planning requests; 0 turns the cache off.' }),
    PLAN_CACHE_TTL_MS: count({ default: 600_000, desc: 'How long a cached plan is served.' }),
    // A plan in flight may be waiting on its one model call: the default lets that call run to
    // its timeout after SIGTERM, with 5 s for the answer's validation and reply. The pod's grace
    // period (deploy/k8s, docker-compose.yml) must be longer still.
    PLANNER_SHUTDOWN_GRACE_MS: count({
      default: OPENAI_TIMEOUT_DEFAULT_MS + 5_000,
      desc: 'How long in-flight plans may run after SIGTERM before the planner exits anyway.',
    }),
    SEALING_KEY: str({ desc: 'Deployment secret that seals API keys between gateway and planner (32 bytes, hex or base64).' }),
  });
  return {
    host: env.PLANNER_HOST,
    port: env.PLANNER_PORT,
    kind: env.PLANNER_KIND as 'builtin' | 'openai',
    openai: {
      baseURL: env.OPENAI_BASE_URL,
      model: env.OPENAI_MODEL,
      responseFormat: env.OPENAI_RESPONSE_FORMAT as ResponseFormatSetting,
      timeoutMs: env.OPENAI_TIMEOUT_MS,
      maxRetries: env.OPENAI_MAX_RETRIES,
      cacheEntries: env.PLAN_CACHE_ENTRIES,
      cacheTtlMs: env.PLAN_CACHE_TTL_MS,
    },
    shutdownGraceMs: env.PLANNER_SHUTDOWN_GRACE_MS,
    sealingKey: SealingKey.parse(env.SEALING_KEY),
  };
}

export type PlannerConfig = ReturnType<typeof loadPlannerConfig>;
export const PLANNER_CONFIG = Symbol('PLANNER_CONFIG');
