import { credentials, makeGenericClientConstructor, Metadata, type Client, type ClientReadableStream } from '@grpc/grpc-js';
import {
  Content,
  Embedding,
  GeneratorServiceService,
  OutputFormat,
  SqlDialect,
  type GenerateRecordsRequest,
} from '../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { Plan as WirePlan } from '../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { freePort, LocalStack } from '../scripts/local-stack.js';
import { referencePlan } from './reference-plans.js';

// Generator-bound throughput: shards of the reference orders dataset requested straight from
// a pool of 1 or 2 generator processes over one round_robin channel, bytes discarded, so the
// figure is what the pool produces rather than what one gateway can forward. Responses are
// left undecoded: on two cores the client shares the CPU with the generators it measures.
const RECORDS = 2_000_000;
const SHARD = 50_000;
const IN_FLIGHT = 4;

const RawGeneratorClient = makeGenericClientConstructor(
  { generateRecords: { ...GeneratorServiceService.generateRecords, responseDeserialize: (bytes: Buffer) => bytes } },
  'datagen.v1.GeneratorService',
);

type RawClient = Client & {
  generateRecords(request: GenerateRecordsRequest, metadata: Metadata): ClientReadableStream<Buffer>;
};

async function measure(generators: number): Promise<number> {
  const stack = await LocalStack.start({
    gatewayPort: await freePort(),
    plannerPort: await freePort(),
    generatorPorts: await Promise.all(Array.from({ length: generators }, () => freePort())),
    env: { LOG_LEVEL: 'warn' },
  });
  const client = new RawGeneratorClient(`ipv4:${stack.generatorAddresses.join(',')}`, credentials.createInsecure(), {
    'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
    'grpc-node.flow_control_window': 1024 * 1024,
  }) as unknown as RawClient;
  const plan = referencePlan(RECORDS) as unknown as WirePlan;
  const shard = (offset: number) =>
    new Promise<void>((resolve, reject) => {
      const call = client.generateRecords(
        { plan, dataset: 'orders', offset, count: SHARD, format: OutputFormat.OUTPUT_FORMAT_JSON, sqlDialect: SqlDialect.SQL_DIALECT_POSTGRES, embedding: Embedding.EMBEDDING_RAW, batchSize: 0, content: Content.CONTENT_RECORDS },
        new Metadata(),
      );
      call.on('data', () => undefined);
      call.on('end', resolve);
      call.on('error', reject);
    });
  try {
    await shard(0);
    const started = process.hrtime.bigint();
    let next = 0;
    const worker = async () => {
      while (next < RECORDS) {
        const offset = next;
        next += SHARD;
        await shard(offset);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    return RECORDS / (Number(process.hrtime.bigint() - started) / 1e9);
  } finally {
    client.close();
    await stack.stop();
  }
}

export async function runScalingBench(): Promise<void> {
  const one = await measure(1);
  const two = await measure(2);
  console.log(`Generator pool, ${RECORDS.toLocaleString('en-US')} orders records as json, shards of ${SHARD.toLocaleString('en-US')}, ${IN_FLIGHT} in flight:`);
  console.table([
    { generators: 1, 'records/s': Math.round(one).toLocaleString('en-US'), ratio: '1.00×' },
    { generators: 2, 'records/s': Math.round(two).toLocaleString('en-US'), ratio: `${(two / one).toFixed(2)}×` },
  ]);
}
