import { DEFAULT_BATCH_SIZE, openRecordStream as generate, type EncodedBatch, type RangeRequest } from '../../services/generator/src/engine/record-stream.js';

export * from '../../services/generator/src/engine/record-stream.js';

// The record engine's module as a generator sees it when the bench measures sending alone
// (replay-hooks.ts puts it in the engine's place): a range's batches are one batch's bytes
// sent again, except those that open or close the output, which the engine writes. A stream
// then costs the generator what framing, flow control and the socket cost, and almost none of
// what generating costs.
const samples = new Map<string, EncodedBatch>();

export function openRecordStream(request: RangeRequest): Iterator<EncodedBatch> {
  const size = request.plan.datasets.find((dataset) => dataset.name === request.dataset)?.size ?? 0;
  const batchSize = request.batchSize || DEFAULT_BATCH_SIZE;
  const end = request.count === 0 ? size : request.offset + request.count;
  const closeAt = request.outputEnd || size;
  if (size < 3 * batchSize) return generate(request);
  const sample = sampleBatch(request, size, batchSize);
  return (function* () {
    for (let first = request.offset; first < end; first += batchSize) {
      const last = Math.min(end, first + batchSize);
      if (first === 0 || last === closeAt || last - first !== batchSize) yield* iterable(generate({ ...request, offset: first, count: last - first }));
      else yield { ...sample, offset: first, count: last - first };
    }
  })();
}

// A batch from the middle of the dataset: it neither opens nor closes the output, and its
// keys are as long as most.
function sampleBatch(request: RangeRequest, size: number, batchSize: number): EncodedBatch {
  const key = JSON.stringify([request.plan, request.dataset, request.format, request.sqlDialect, request.embedding, request.content, batchSize]);
  let sample = samples.get(key);
  if (sample === undefined) {
    const middle = Math.floor(size / 2 / batchSize) * batchSize;
    const batch = generate({ ...request, offset: middle, count: batchSize, outputEnd: 0 }).next().value as EncodedBatch;
    sample = { ...batch, data: Buffer.from(batch.data) };
    samples.set(key, sample);
  }
  return sample;
}

function iterable<T>(iterator: Iterator<T>): Iterable<T> {
  return { [Symbol.iterator]: () => iterator };
}
