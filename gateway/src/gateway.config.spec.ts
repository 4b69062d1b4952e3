import { describe, expect, it } from 'vitest';
import { SealingKey } from '../../libs/sealing/src/sealed-secret.js';
import { loadGatewayConfig } from './gateway.config.js';

const REQUIRED = { SEALING_KEY: SealingKey.generate() };

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
