import { Content, Embedding, OutputFormat, SqlDialect, type GenerateRecordsRequest } from '../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { Plan as WirePlan } from '../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { freePort } from '../scripts/free-port.js';
import { LocalStack } from '../scripts/local-stack.js';
import { engineOnCores } from './core-ceiling.js';
import { GrpcSink } from './grpc-sink.js';
import { medianValue } from './measure.js';
import { referencePlan } from './reference-plans.js';

// Generator-bound throughput: shards of the reference orders dataset requested straight from
// a pool of 1 or 2 generator processes, so the figure is what the pool produces rather than
// what one gateway forwards. Each generator is pinned to a core of its own, as the manifests'
// CPU limit of 1 holds a generator pod to one core; unpinned, a lone generator's garbage
// collector borrows the second core and the baseline is no longer one generator's worth.
// The host's speed drifts from second to second, so each round times one pool right after the
// other and the ratio reported is the median of the rounds' ratios. Each round also measures
// the machine's own ceiling (core-ceiling.ts) for the same comparison.
const RECORDS = 1_000_000;
const SHARD = 50_000;
const IN_FLIGHT = 8;
const ROUNDS = 9;
const CEILING_RECORDS = 1_000_000;

interface Run {
  recordsPerSecond: number;
  bytes: number;
}

function ordersRange(plan: WirePlan, offset: number, count: number): GenerateRecordsRequest {
  return {
    plan,
    dataset: 'orders',
    offset,
    count,
    format: OutputFormat.OUTPUT_FORMAT_JSON,
    sqlDialect: SqlDialect.SQL_DIALECT_POSTGRES,
    embedding: Embedding.EMBEDDING_RAW,
    batchSize: 0,
    content: Content.CONTENT_RECORDS,
    defectRates: {},
    outputEnd: 0,
  };
}

async function run(sink: GrpcSink, plan: WirePlan): Promise<Run> {
  const started = process.hrtime.bigint();
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < RECORDS) {
      const offset = next;
      next += SHARD;
      const received = await sink.generate(ordersRange(plan, offset, SHARD));
      bytes += received;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { recordsPerSecond: RECORDS / (Number(process.hrtime.bigint() - started) / 1e9), bytes };
}

export async function runScalingBench(): Promise<void> {
  const stack = await LocalStack.start({
    gatewayPort: await freePort(),
    plannerPort: await freePort(),
    generatorPorts: [await freePort(), await freePort()],
    env: { LOG_LEVEL: 'warn' },
    pinGenerators: true,
  });
  const pools = [new GrpcSink(stack.generatorAddresses.slice(0, 1)), new GrpcSink(stack.generatorAddresses)];
  const plan = referencePlan(RECORDS) as unknown as WirePlan;
  const figures: number[][] = [[], []];
  const ceilings: number[][] = [[], []];
  try {
    // Warm both generators' compiled code before anything is timed.
    await pools[1]!.generate(ordersRange(plan, 0, SHARD * 2));
    for (let round = 0; round < ROUNDS; round++) {
      const runs = [];
      for (const [size, sink] of pools.entries()) {
        const measured = await run(sink, plan);
        figures[size]!.push(measured.recordsPerSecond);
        runs.push(measured);
      }
      if (runs[0]!.bytes !== runs[1]!.bytes) throw new Error(`The pools sent different bytes: ${runs[0]!.bytes} and ${runs[1]!.bytes}`);
      ceilings[0]!.push(await engineOnCores([0], CEILING_RECORDS));
      ceilings[1]!.push(await engineOnCores([0, 1], CEILING_RECORDS));
    }
  } finally {
    for (const sink of pools) sink.close();
    await stack.stop();
  }
  const [one, two] = figures as [number[], number[]];
  const ratios = two.map((value, round) => value / one[round]!);
  const machineRatios = ceilings[1]!.map((value, round) => value / ceilings[0]![round]!);
  const thousands = (values: number[]) => values.map((value) => Math.round(value / 1000) + 'k').join(' ');
  console.log(`Generator pool, ${RECORDS.toLocaleString('en-US')} orders records as json, shards of ${SHARD.toLocaleString('en-US')}, ${IN_FLIGHT} in flight, one core per generator, ${ROUNDS} rounds:`);
  console.table([
    { generators: 1, 'median records/s': Math.round(medianValue(one)).toLocaleString('en-US'), rounds: thousands(one) },
    { generators: 2, 'median records/s': Math.round(medianValue(two)).toLocaleString('en-US'), rounds: thousands(two) },
  ]);
  const listed = (values: number[]) => values.map((ratio) => ratio.toFixed(2)).join(' ');
  console.log(`2 generators vs 1: ${medianValue(ratios).toFixed(2)}× (median of the rounds' ratios: ${listed(ratios)})`);
  console.log(`The machine, engine alone on 2 cores vs 1: ${medianValue(machineRatios).toFixed(2)}× (${listed(machineRatios)}); the pool reaches ${((medianValue(ratios) / medianValue(machineRatios)) * 100).toFixed(0)}% of it`);
}
