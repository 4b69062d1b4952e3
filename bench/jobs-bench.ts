import { freePort } from '../scripts/free-port.js';
import { LocalStack } from '../scripts/local-stack.js';
import { peakRssMb } from './process-memory.js';

// Jobs, the way out for big data: 5,000,000 orders written to files by the generators, as
// JSON, CSV and Parquet, with a pool of 1 and of 2 generators (each pinned to a core of its
// own, as a pod's CPU limit of 1 holds it), beside /api/generate streaming the same records
// through the gateway in the same run. Wall time runs from POST /api/jobs to the job's
// completed event on GET /api/jobs/{id}/events, as a client watching the job sees it. Every
// process's peak RSS is read after a 1,000,000-record JSON job, after the 5,000,000-record one,
// and after the CSV and Parquet ones: flat means memory does not grow with the dataset.
const RECORDS = 5_000_000;
const SMALL = 1_000_000;
const FORMATS = ['json', 'csv', 'parquet'] as const;

const request = (size: number, format: string) => ({
  prompt: 'orders',
  datasets: 1,
  dataset_size: size,
  reality: 0,
  output_format: format,
  seed: 20261201,
});

// Seconds from POST /api/jobs to the completed status.
async function runJob(stack: LocalStack, size: number, format: string): Promise<number> {
  const started = performance.now();
  const created = await fetch(`${stack.url}/api/jobs`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request(size, format)) });
  if (created.status !== 202) throw new Error(`POST /api/jobs answered ${created.status}: ${await created.text()}`);
  const { status_url: statusUrl } = (await created.json()) as { status_url: string };
  const events = await (await fetch(`${statusUrl}/events`)).text();
  const last = /event: (\w+)\ndata: (.*)\n\n$/.exec(events);
  if (last?.[1] !== 'completed') throw new Error(`The ${format} job ended ${last?.[1] ?? 'without a final event'}: ${last?.[2] ?? events.slice(-500)}`);
  return (performance.now() - started) / 1000;
}

// Seconds to read the whole streamed response.
async function streamGenerate(stack: LocalStack, size: number): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${stack.url}/api/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'identity' },
    body: JSON.stringify(request(size, 'json')),
  });
  if (response.status !== 200) throw new Error(`/api/generate answered ${response.status}`);
  for await (const chunk of response.body!) void chunk;
  return (performance.now() - started) / 1000;
}

function peaks(stack: LocalStack): Record<string, number> {
  return Object.fromEntries(stack.processes.map((running) => [running.name, Math.round(peakRssMb(running.child.pid!))]));
}

export async function runJobsBench(): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  const memory: Record<string, string | number>[] = [];
  const perFormat = new Map<string, number[]>();
  for (const generators of [1, 2]) {
    const stack = await LocalStack.start({
      gatewayPort: await freePort(),
      plannerPort: await freePort(),
      generatorPorts: await Promise.all(Array.from({ length: generators }, () => freePort())),
      env: { LOG_LEVEL: 'warn', JOB_SHARD_CONCURRENCY: String(2 * generators) },
      pinGenerators: true,
    });
    try {
      await runJob(stack, SMALL, 'json');
      const afterSmall = peaks(stack);
      let afterLargeJson: Record<string, number> = {};
      for (const format of FORMATS) {
        const seconds = await runJob(stack, RECORDS, format);
        rows.push({ generators, path: `job, ${format} files`, seconds: seconds.toFixed(2), 'records/s': Math.round(RECORDS / seconds).toLocaleString('en-US') });
        perFormat.set(format, [...(perFormat.get(format) ?? []), RECORDS / seconds]);
        if (format === 'json') afterLargeJson = peaks(stack);
      }
      const streamed = await streamGenerate(stack, RECORDS);
      rows.push({ generators, path: '/api/generate, json streamed', seconds: streamed.toFixed(2), 'records/s': Math.round(RECORDS / streamed).toLocaleString('en-US') });
      perFormat.set('/api/generate', [...(perFormat.get('/api/generate') ?? []), RECORDS / streamed]);
      const afterAll = peaks(stack);
      for (const name of Object.keys(afterAll)) {
        memory.push({ generators, process: name, 'after 1M json': afterSmall[name]!, 'after 5M json': afterLargeJson[name]!, 'after 5M csv, parquet and streamed': afterAll[name]! });
      }
    } finally {
      await stack.stop();
    }
  }
  console.log(`Jobs: ${RECORDS.toLocaleString('en-US')} orders written to files by the generators, one core per generator, beside /api/generate streaming them:`);
  console.table(rows);
  for (const [path, [one, two]] of perFormat) console.log(`${path}: 2 generators vs 1: ${(two! / one!).toFixed(2)}×`);
  console.log('Peak RSS of every process (MB), as it stood after each step:');
  console.table(memory);
}
