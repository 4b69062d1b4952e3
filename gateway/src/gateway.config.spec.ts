import { describe, expect, it } from 'vitest';
import { SealingKey } from '../../libs/sealing/src/sealed-secret.js';
import { loadGatewayConfig } from './gateway.config.js';

const REQUIRED = { SEALING_KEY: SealingKey.generate(), DOWNLOAD_LINK_SECRET: SealingKey.generate() };

describe('loadGatewayConfig: resuming shards', () => {
  it('waits 20 s for a ready generator and retries each one at least every second by default', () => {
    expect(loadGatewayConfig(REQUIRED).sharding.resume).toEqual({ waitMs: 20_000, reconnectMaxMs: 1_000 });
  });

  it('refuses a wait too short for the channel to retry a generator that came back', () => {
    expect(() => loadGatewayConfig({ ...REQUIRED, RESUME_WAIT_MS: '2000', GENERATOR_RECONNECT_MAX_MS: '1000' })).toThrow(
      'RESUME_WAIT_MS must be at least 3 times GENERATOR_RECONNECT_MAX_MS',
    );
    expect(loadGatewayConfig({ ...REQUIRED, RESUME_WAIT_MS: '3000', GENERATOR_RECONNECT_MAX_MS: '1000' }).sharding.resume.waitMs).toBe(3_000);
  });

  it('refuses a wait or a reconnect pause that is not a positive integer', () => {
    expect(() => loadGatewayConfig({ ...REQUIRED, RESUME_WAIT_MS: '0' })).toThrow('RESUME_WAIT_MS must be a positive integer');
    expect(() => loadGatewayConfig({ ...REQUIRED, GENERATOR_RECONNECT_MAX_MS: '1.5' })).toThrow('GENERATOR_RECONNECT_MAX_MS must be a positive integer');
  });
});

describe('loadGatewayConfig: jobs and downloads', () => {
  it('links to the gateway at HOST:PORT for an hour, and reaches the coordinator on 50071, by default', () => {
    const config = loadGatewayConfig({ ...REQUIRED, HOST: '127.0.0.1', PORT: '3100' });
    expect(config.publicUrl).toBe('http://127.0.0.1:3100');
    expect(config.downloadLinks).toMatchObject({ publicUrl: 'http://127.0.0.1:3100', ttlSeconds: 3600 });
    expect(config.jobsAddress).toBe('127.0.0.1:50071');
    expect(config.artifactStore).toBe('file:./data');
    expect(config.webhookAllowPrivateNetworks).toBe(false);
    expect(config.apiTokens.enabled).toBe(false);
  });

  it('keeps a PUBLIC_URL path prefix without its trailing slash, and refuses a PUBLIC_URL that is no http URL', () => {
    expect(loadGatewayConfig({ ...REQUIRED, PUBLIC_URL: 'https://example.com/datagen/' }).publicUrl).toBe('https://example.com/datagen');
    expect(() => loadGatewayConfig({ ...REQUIRED, PUBLIC_URL: 'example.com' })).toThrow('PUBLIC_URL must be an http or https URL');
    expect(() => loadGatewayConfig({ ...REQUIRED, PUBLIC_URL: 'ftp://example.com' })).toThrow('PUBLIC_URL must be an http or https URL');
  });

  it('needs a DOWNLOAD_LINK_SECRET of 32 bytes and a whole number of seconds for DOWNLOAD_LINK_TTL', () => {
    expect(() => loadGatewayConfig({ ...REQUIRED, DOWNLOAD_LINK_SECRET: 'short' })).toThrow('DOWNLOAD_LINK_SECRET must be 32 bytes');
    expect(() => loadGatewayConfig({ ...REQUIRED, DOWNLOAD_LINK_TTL: '0.5' })).toThrow('DOWNLOAD_LINK_TTL must be a positive whole number of seconds');
    expect(loadGatewayConfig({ ...REQUIRED, DOWNLOAD_LINK_TTL: '600' }).downloadLinks.ttlSeconds).toBe(600);
  });
});
