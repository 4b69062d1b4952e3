import { Server, ServerCredentials } from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '../../scripts/free-port.js';
import { probe } from '../../scripts/grpc-health-probe.js';

// The Compose health check: exit 0 only when the server answers SERVING over grpc.health.v1.
describe('grpc-health-probe', () => {
  const health = new HealthImplementation({ '': 'SERVING', 'datagen.v1.GeneratorService': 'SERVING' });
  const server = new Server();
  let address = '';

  beforeAll(async () => {
    health.addToServer(server);
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    address = `127.0.0.1:${port}`;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterAll(() => {
    server.forceShutdown();
    vi.restoreAllMocks();
  });

  it('exits 0 when the server is SERVING', async () => {
    expect(await probe([address])).toBe(0);
    expect(await probe([address, 'datagen.v1.GeneratorService'])).toBe(0);
  });

  it('exits 1 when the server reports NOT_SERVING', async () => {
    health.setStatus('', 'NOT_SERVING');
    expect(await probe([address])).toBe(1);
    health.setStatus('', 'SERVING');
  });

  it('exits 1 for a service the server does not know', async () => {
    expect(await probe([address, 'datagen.v1.Unknown'])).toBe(1);
  });

  it('exits 1 when nothing listens', async () => {
    expect(await probe([`127.0.0.1:${await freePort()}`, '', '500'])).toBe(1);
  });

  it('exits 2 on bad usage', async () => {
    expect(await probe([])).toBe(2);
    expect(await probe([address, '', 'soon'])).toBe(2);
  });
});
