import { bool, cleanEnv, num, str } from 'envalid';

// A shorter key could be guessed offline from one captured delivery.
const MIN_SECRET_LENGTH = 32;

// Read and checked once at start-up. Without WEBHOOK_SIGNING_SECRET webhooks are off (an
// unsigned POST would be worthless to a receiver that checks, and an invented key unknown to
// every receiver too): the coordinator then refuses jobs that name a webhook_url, and
// `npm start` still needs no setting.
export function loadWebhookConfig(environment: NodeJS.ProcessEnv = process.env) {
  const env = cleanEnv(environment, {
    WEBHOOK_SIGNING_SECRET: str({
      default: undefined,
      desc: `Key of the HMAC-SHA256 in X-DataGen-Signature, shared with webhook receivers; at least ${MIN_SECRET_LENGTH} characters (openssl rand -hex 32 makes one). Unset: webhooks are off and jobs with a webhook_url are refused.`,
    }),
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: bool({
      default: false,
      desc: 'Lets webhook_url resolve to loopback, private, link-local and other internal addresses (checked when the job is created and at every delivery).',
    }),
    WEBHOOK_TIMEOUT_MS: num({
      default: 10_000,
      desc: 'How long one delivery waits for the receiver to answer before the try counts as failed.',
    }),
    WEBHOOK_RETRY_BASE_MS: num({
      default: 20_000,
      desc: 'Wait after the first failed try; each later wait doubles (6 tries span about 10 minutes).',
    }),
    WEBHOOK_MAX_ATTEMPTS: num({ default: 6, desc: 'Tries of one delivery, the first included, before it is given up.' }),
  });
  return {
    signingSecret: signingSecret(env.WEBHOOK_SIGNING_SECRET),
    allowPrivateNetworks: env.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
    timeoutMs: positiveInteger('WEBHOOK_TIMEOUT_MS', env.WEBHOOK_TIMEOUT_MS),
    retry: {
      baseMs: positiveInteger('WEBHOOK_RETRY_BASE_MS', env.WEBHOOK_RETRY_BASE_MS),
      maxAttempts: positiveInteger('WEBHOOK_MAX_ATTEMPTS', env.WEBHOOK_MAX_ATTEMPTS),
    },
  };
}

// The message never repeats the value: it is a secret.
function signingSecret(secret: string | undefined): string | undefined {
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`WEBHOOK_SIGNING_SECRET must be at least ${MIN_SECRET_LENGTH} characters (openssl rand -hex 32 makes one)`);
  }
  return secret;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

export type WebhookConfig = ReturnType<typeof loadWebhookConfig>;
