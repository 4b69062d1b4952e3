import { freePort } from '../scripts/free-port.js';
import { LocalStack } from '../scripts/local-stack.js';
import { medianValue } from './measure.js';
import { cpuTimes, peakRssMb } from './process-memory.js';

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

interface JobRun {
  readonly seconds: number;
  // CPU-seconds every process of the stack and this one (the client) spent during the job, and
  // the part of them the kernel spent on their behalf (writing and fsyncing the files, sockets).
  readonly cpu: number;
  readonly kernel: number;
}

// A job from POST /api/jobs to the completed status, with the machine's CPU it took.
async function timedJob(stack: LocalStack, size: number, format: string): Promise<JobRun> {
  const pids = [process.pid, ...stack.processes.map((running) => running.child.pid!)];
  const total = () => pids.map(cpuTimes).reduce((sum, times) => ({ user: sum.user + times.user, system: sum.system + times.system }), { user: 0, system: 0 });
  const before = total();
  const seconds = await runJob(stack, size, format);
  const after = total();
  const kernel = after.system - before.system;
  return { seconds, cpu: after.user - before.user + kernel, kernel };
}

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

// Rounds per format: each runs the job on the one-generator and the two-generator stack back to
// back, in alternating order, so a slow spell of the machine (its speed drifts by a quarter
// between minutes) lands on both sides of a ratio; the median ratio is reported.
const ROUNDS = 3;

export async function runJobsBench(): Promise<void> {
  const pools = [1, 2];
  const stacks: LocalStack[] = [];
  try {
    for (const generators of pools) {
      stacks.push(
        await LocalStack.start({
          gatewayPort: await freePort(),
          plannerPort: await freePort(),
          generatorPorts: await Promise.all(Array.from({ length: generators }, () => freePort())),
          env: { LOG_LEVEL: 'warn', JOB_SHARD_CONCURRENCY: String(2 * generators) },
          pinGenerators: true,
        }),
      );
    }
    for (const stack of stacks) await runJob(stack, SMALL, 'json');
    const afterSmall = stacks.map(peaks);
    let afterLargeJson: Record<string, number>[] = [];
    const rows: Record<string, string | number>[] = [];
    const ratios: string[] = [];
    for (const format of FORMATS) {
      const runs: JobRun[][] = stacks.map(() => []);
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? [0, 1] : [1, 0];
        for (const side of order) runs[side]!.push(await timedJob(stacks[side]!, RECORDS, format));
      }
      if (format === 'json') afterLargeJson = stacks.map(peaks);
      runs.forEach((side, position) => {
        const seconds = medianValue(side.map((run) => run.seconds));
        rows.push({
          generators: pools[position]!,
          path: `job, ${format} files`,
          seconds: seconds.toFixed(2),
          'records/s': Math.round(RECORDS / seconds).toLocaleString('en-US'),
          'CPU s, every process': medianValue(side.map((run) => run.cpu)).toFixed(1),
          'of which kernel': medianValue(side.map((run) => run.kernel)).toFixed(1),
        });
      });
      const [alone, paired] = runs as [JobRun[], JobRun[]];
      const perRound = alone.map((run, round) => run.seconds / paired[round]!.seconds);
      // What 1.7× would leave: both cores for 1/1.7 of the one-generator time.
      const budget = (2 * medianValue(alone.map((run) => run.seconds))) / 1.7;
      ratios.push(
        `${format}: 2 generators vs 1: ${medianValue(perRound).toFixed(2)}× (rounds: ${perRound.map((ratio) => ratio.toFixed(2)).join(', ')}); ` +
          `1.7× leaves the 2 cores ${budget.toFixed(1)} CPU-seconds, the job took ${medianValue(paired.map((run) => run.cpu)).toFixed(1)}, ` +
          `${medianValue(paired.map((run) => run.kernel)).toFixed(1)} of them in the kernel`,
      );
    }
    const streamed = [];
    for (const stack of stacks) streamed.push(await streamGenerate(stack, RECORDS));
    streamed.forEach((seconds, position) =>
      rows.push({ generators: pools[position]!, path: '/api/generate, json streamed', seconds: seconds.toFixed(2), 'records/s': Math.round(RECORDS / seconds).toLocaleString('en-US') }),
    );
    ratios.push(`/api/generate: 2 generators vs 1: ${(streamed[0]! / streamed[1]!).toFixed(2)}× (one request each)`);
    const afterAll = stacks.map(peaks);
    const memory = stacks.flatMap((_, position) =>
      Object.keys(afterAll[position]!).map((name) => ({
        generators: pools[position]!,
        process: name,
        'after 1M json': afterSmall[position]![name]!,
        'after 5M json': afterLargeJson[position]![name]!,
        'after 5M csv, parquet and streamed': afterAll[position]![name]!,
      })),
    );
    console.log(
      `Jobs: ${RECORDS.toLocaleString('en-US')} orders written to files by the generators, one core per generator, median of ${ROUNDS} paired rounds, ` +
        'beside /api/generate streaming them:',
    );
    console.table(rows);
    for (const line of ratios) console.log(line);
    console.log('Peak RSS of every process (MB), as it stood after each step:');
    console.table(memory);
  } finally {
    for (const stack of stacks) await stack.stop();
  }
}
