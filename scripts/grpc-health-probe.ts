import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkServing } from '../libs/grpc/src/health-client.js';

// Container health check over grpc.health.v1, for Docker Compose (Kubernetes uses its native
// gRPC probes). Node images carry no grpc_health_probe binary, and this asks the same question
// the gateway's /readyz asks:
//   node dist/scripts/grpc-health-probe.js 127.0.0.1:50061 [service] [timeout-ms]
// Exit codes: 0 SERVING, 1 anything else (NOT_SERVING, unreachable, timeout), 2 bad usage.
export async function probe(args: readonly string[]): Promise<number> {
  const [address, service = '', timeout = '2000'] = args;
  const timeoutMs = Number(timeout);
  if (!address || !Number.isInteger(timeoutMs) || timeoutMs < 1) {
    console.error('usage: grpc-health-probe <host:port> [service] [timeout-ms]');
    return 2;
  }
  if (await checkServing(address, timeoutMs, service)) return 0;
  console.error(`${address} is not SERVING${service ? ` ${service}` : ''}`);
  return 1;
}

const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exit(await probe(process.argv.slice(2)));
