import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Distribution, LogicalType, type Plan } from '../libs/proto/src/nest/datagen/v1/plan.js';
import { planToJson } from '../gateway/src/plans/plan-json.js';
import type { Plan as WirePlan } from '../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { freePort } from '../scripts/free-port.js';
import { LocalStack } from '../scripts/local-stack.js';
import { planBatches } from './engine-batches.js';
import { median, medianValue } from './measure.js';
import { naiveBatches, naiveOrder } from './naive-baseline.js';
import { cpuSeconds, peakRssMb } from './process-memory.js';
import { referencePlan } from './reference-plans.js';

// End to end: POST /api/generate through the real gateway and generator to a client that
// discards the body. Each case gets a fresh stack, so peak RSS belongs to that case alone.

interface Case {
  label: string;
  plan: Plan;
  generators: number;
  gzip?: boolean;
  // The generators send one batch's bytes again in place of most of the records
  // (replay/replayed-record-stream.ts): what streaming costs them besides generating.
  sendingOnly?: boolean;
}

const SENDING_ONLY = ['--import', fileURLToPath(new URL('./replay/register-replay.js', import.meta.url))];

// Records the engine alone and the naive script are timed on, in this process, for the ratios.
const BASELINE_RECORDS = 300_000;

// The reference orders schema as the only dataset of a request: with no customers or products
// beside it, its keys are plain integers in the same ranges.
export function ordersOnly(size: number): Plan {
  const plan = referencePlan(size);
  const orders = plan.datasets.find((dataset) => dataset.name === 'orders')!;
  const asInteger = (max: number) => ({
    generator: 'number.integer',
    type: LogicalType.LOGICAL_TYPE_INTEGER,
    foreignKey: undefined,
    numericRange: { min: 1, max, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 },
  });
  return {
    ...plan,
    datasets: [
      {
        ...orders,
        fields: orders.fields.map((field) =>
          field.name === 'customer_id' ? { ...field, ...asInteger(1_000_000) } : field.name === 'product_id' ? { ...field, ...asInteger(10_000) } : field,
        ),
      },
    ],
  };
}

function fiveDatasets(size: number): Plan {
  const one = ordersOnly(size).datasets[0];
  return { ...ordersOnly(size), datasets: ['a', 'b', 'c', 'd', 'e'].map((suffix) => ({ ...one, name: `orders_${suffix}` })) };
}

export function postToNullSink(url: string, body: string, encoding = 'identity'): Promise<{ status: number; bytes: number; seconds: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const call = request(`${url}/api/generate`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Encoding': encoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end(body);
  });
}

interface Result {
  readonly row: Record<string, string>;
  // The median of the requests after the first.
  readonly seconds: number;
  // The first generator's CPU-seconds during a request, per record, median as above.
  readonly generatorCpuPerRecord: number;
}

// Requests timed per case after the first: the first runs on a stack that has served nothing
// yet (its code not yet optimised, its pools empty) and is shown on its own; a running service
// answers like the ones after it, which are timed like the engine and naive baselines (after
// warm-up, median).
const WARM_REQUESTS = 3;

interface TimedRequest {
  readonly seconds: number;
  readonly bytes: number;
  readonly generatorCpu: number;
  readonly gatewayCpu: number;
}

async function run(entry: Case): Promise<Result> {
  const stack = await LocalStack.start({
    gatewayPort: await freePort(),
    plannerPort: await freePort(),
    generatorPorts: await Promise.all(Array.from({ length: entry.generators }, () => freePort())),
    env: { LOG_LEVEL: 'warn', MAX_LARGE_GENERATIONS: '4' },
    generatorNodeArguments: entry.sendingOnly ? SENDING_ONLY : [],
  });
  try {
    const records = entry.plan.datasets.reduce((sum, dataset) => sum + dataset.size, 0);
    const cpu = (name: string) => cpuSeconds(stack.process(name).child.pid!);
    const body = JSON.stringify({ plan: planToJson(entry.plan as unknown as WirePlan), seed: 7 });
    const timed = async (): Promise<TimedRequest> => {
      const before = { generator: cpu('generator-1'), gateway: cpu('gateway') };
      const result = await postToNullSink(stack.url, body, entry.gzip ? 'gzip' : 'identity');
      if (result.status !== 200) throw new Error(`${entry.label}: HTTP ${result.status}`);
      return { seconds: result.seconds, bytes: result.bytes, generatorCpu: cpu('generator-1') - before.generator, gatewayCpu: cpu('gateway') - before.gateway };
    };
    const first = await timed();
    const warm: TimedRequest[] = [];
    for (let request = 0; request < WARM_REQUESTS; request++) warm.push(await timed());
    const middle = (value: (request: TimedRequest) => number) => medianValue(warm.map(value));
    const seconds = middle((request) => request.seconds);
    const rss = (name: string) => peakRssMb(stack.process(name).child.pid!).toFixed(0);
    const row = {
      case: entry.label,
      generators: String(entry.generators),
      'first request s': first.seconds.toFixed(1),
      'wall s': seconds.toFixed(1),
      'records/s': Math.round(records / seconds).toLocaleString('en-US'),
      'MB/s': (first.bytes / 1e6 / seconds).toFixed(0),
      'body MB': (first.bytes / 1e6).toFixed(0),
      'generator CPU s': middle((request) => request.generatorCpu).toFixed(1),
      'gateway CPU s': middle((request) => request.gatewayCpu).toFixed(1),
      'gateway peak RSS MB': rss('gateway'),
      'generator peak RSS MB': rss('generator-1'),
    };
    return { row, seconds, generatorCpuPerRecord: entry.generators === 1 ? middle((request) => request.generatorCpu) / records : NaN };
  } finally {
    await stack.stop();
  }
}

export async function runGatewayBench(): Promise<void> {
  const cases: Case[] = [
    { label: '1,000,000 orders', plan: ordersOnly(1_000_000), generators: 1 },
    { label: '5,000,000 orders', plan: ordersOnly(5_000_000), generators: 1 },
    { label: '5,000,000 orders, gzip', plan: ordersOnly(5_000_000), generators: 1, gzip: true },
    { label: '5 datasets × 1,000,000 orders', plan: fiveDatasets(1_000_000), generators: 1 },
    { label: '5,000,000 orders', plan: ordersOnly(5_000_000), generators: 2 },
    { label: '5,000,000 orders, sending only', plan: ordersOnly(5_000_000), generators: 1, sendingOnly: true },
  ];
  const results = [];
  for (const entry of cases) results.push(await run(entry));
  console.log(
    `End to end, POST /api/generate (json) through gateway and generators to a null sink, CPU-seconds of each during a request; ` +
      `a fresh stack per case, its first request alone, then the median of ${WARM_REQUESTS} more:`,
  );
  console.table(results.map((result) => result.row));
  // The baselines the streamed response is held to, timed in this process right after.
  const engine = median(BASELINE_RECORDS, () => planBatches(ordersOnly(BASELINE_RECORDS), 'orders'));
  const naive = median(BASELINE_RECORDS, () => naiveBatches(BASELINE_RECORDS, 1000, (index) => naiveOrder(index, 1_000_000)));
  const million = results[0]!;
  const streamed = results[1]!.generatorCpuPerRecord;
  const sending = results[cases.findIndex((entry) => entry.sendingOnly)]!.generatorCpuPerRecord;
  console.log(
    `1,000,000 orders took ${(million.seconds / (1_000_000 / naive.recordsPerSecond)).toFixed(2)}× the naive script's time (${Math.round(naive.recordsPerSecond).toLocaleString('en-US')} records/s here; target 0.15×).`,
  );
  console.log(
    `The generator's CPU per record streaming 5,000,000 orders: ${(streamed * 1e6).toFixed(2)} µs, ${(streamed * engine.recordsPerSecond).toFixed(2)}× the engine's ` +
      `${(1e6 / engine.recordsPerSecond).toFixed(2)} µs on the same plan in this process (target 1.3×).`,
  );
  console.log(
    `Of that, sending alone (the case "sending only": one batch's bytes sent again in place of most records) cost ${(sending * 1e6).toFixed(2)} µs a record, ` +
      `${(sending * engine.recordsPerSecond).toFixed(2)}× the engine's time: 1.3× leaves ${(0.3 / engine.recordsPerSecond * 1e6).toFixed(2)} µs for everything but generating.`,
  );
}
