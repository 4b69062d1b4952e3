import { describe, expect, it } from 'vitest';
import { loadWebhookConfig } from './webhook.config.js';

describe('loadWebhookConfig', () => {
  it('turns webhooks off without a signing secret, refuses private networks, and retries 6 times from 20 s', () => {
    expect(loadWebhookConfig({})).toEqual({
      signingSecret: undefined,
      allowPrivateNetworks: false,
      timeoutMs: 10_000,
      retry: { baseMs: 20_000, maxAttempts: 6 },
    });
  });

  it('reads every setting', () => {
    const secret = 'a'.repeat(64);
    const config = loadWebhookConfig({
      WEBHOOK_SIGNING_SECRET: secret,
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
      WEBHOOK_TIMEOUT_MS: '2500',
      WEBHOOK_RETRY_BASE_MS: '50',
      WEBHOOK_MAX_ATTEMPTS: '3',
    });
    expect(config).toEqual({ signingSecret: secret, allowPrivateNetworks: true, timeoutMs: 2_500, retry: { baseMs: 50, maxAttempts: 3 } });
  });

  it('refuses a short signing secret without repeating it', () => {
    const attempt = () => loadWebhookConfig({ WEBHOOK_SIGNING_SECRET: 'hunter2-but-longer' });
    expect(attempt).toThrow('WEBHOOK_SIGNING_SECRET must be at least 32 characters (openssl rand -hex 32 makes one)');
    expect(attempt).not.toThrow(/hunter2/);
  });

  it('refuses a time-out, base or number of tries that is not a positive integer', () => {
    expect(() => loadWebhookConfig({ WEBHOOK_TIMEOUT_MS: '0' })).toThrow('WEBHOOK_TIMEOUT_MS must be a positive integer');
    expect(() => loadWebhookConfig({ WEBHOOK_RETRY_BASE_MS: '1.5' })).toThrow('WEBHOOK_RETRY_BASE_MS must be a positive integer');
    expect(() => loadWebhookConfig({ WEBHOOK_MAX_ATTEMPTS: '-1' })).toThrow('WEBHOOK_MAX_ATTEMPTS must be a positive integer');
  });
});
