// Timing of record batches, shared by the benches that time the engine or a baseline in process.

export interface Measurement {
  readonly recordsPerSecond: number;
  readonly megabytesPerSecond: number;
}

// Each figure is the median of this many runs, after runs that let V8 reach its optimising
// tier (one run was not enough: the second ran up to a third faster).
export const RUNS = 3;
export const WARM_UP_RUNS = 2;

export function median(count: number, batches: () => Iterator<{ length: number }>): Measurement {
  for (let run = 0; run < WARM_UP_RUNS; run++) measure(count, batches);
  return medianOf(Array.from({ length: RUNS }, () => measure(count, batches)));
}

// The middle of some figures (the upper middle of an even count).
export function medianValue(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export function medianOf(runs: Measurement[]): Measurement {
  return [...runs].sort((a, b) => a.recordsPerSecond - b.recordsPerSecond)[Math.floor(runs.length / 2)]!;
}

export function measure(count: number, batches: () => Iterator<{ length: number }>): Measurement {
  const started = process.hrtime.bigint();
  let bytes = 0;
  const iterator = batches();
  for (let next = iterator.next(); !next.done; next = iterator.next()) bytes += next.value.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { recordsPerSecond: count / seconds, megabytesPerSecond: bytes / 1e6 / seconds };
}
