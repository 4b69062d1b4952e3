import type { Plan as WirePlan } from '../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { planToJson } from '../gateway/src/plans/plan-json.js';
import { freePort } from '../scripts/free-port.js';
import { LocalStack } from '../scripts/local-stack.js';
import { ordersOnly, postToNullSink } from './gateway-bench.js';
import { peakRssMb } from './process-memory.js';

// Many clients at once: each request alone is small, but together they are what a gateway and
// a generator must hold at the same time. Peak RSS shows whether the shared memory budgets
// (GATEWAY_MEMORY_BUDGET_BYTES, GENERATOR_MEMORY_BUDGET_BYTES) keep every process bounded.
const REQUESTS = 20;
const RECORDS = 100_000;

export async function runConcurrentBench(): Promise<void> {
  const stack = await LocalStack.start({
    gatewayPort: await freePort(),
    plannerPort: await freePort(),
    generatorPorts: [await freePort()],
    env: { LOG_LEVEL: 'warn' },
  });
  try {
    const body = JSON.stringify({ plan: planToJson(ordersOnly(RECORDS) as unknown as WirePlan), seed: 7 });
    const started = process.hrtime.bigint();
    const results = await Promise.all(Array.from({ length: REQUESTS }, () => postToNullSink(stack.url, body)));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const statuses = [...new Set(results.map((result) => result.status))];
    if (statuses.length !== 1 || statuses[0] !== 200) throw new Error(`concurrent requests answered ${statuses.join(', ')}`);
    const bytes = results.reduce((sum, result) => sum + result.bytes, 0);
    const rss = (name: string) => peakRssMb(stack.process(name).child.pid!).toFixed(0);
    console.log(`End to end, ${REQUESTS} concurrent POST /api/generate (json, ${RECORDS.toLocaleString('en-US')} orders each), one generator:`);
    console.table([
      {
        'wall s': seconds.toFixed(1),
        'slowest request s': Math.max(...results.map((result) => result.seconds)).toFixed(1),
        'MB/s': (bytes / 1e6 / seconds).toFixed(0),
        'body MB': (bytes / 1e6).toFixed(0),
        'gateway peak RSS MB': rss('gateway'),
        'generator peak RSS MB': rss('generator-1'),
      },
    ]);
  } finally {
    await stack.stop();
  }
}
