import { Readable } from 'node:stream';
import { SLICE_MS } from '../engine/event-loop-slice.js';
import type { EncodedBatch } from '../engine/record-stream.js';
import type { ShardTotals } from './shard-totals.js';

// A range's batches as a byte stream, made only as fast as its reader takes them: the next
// batch is generated when the stream's small buffer has room, so a shard of any size holds a
// batch or two in memory. Each batch is copied, as the engine writes the next one over the same
// buffer while a pushed chunk waits to be read. Batches are generated synchronously, so after
// a slice of them the event loop gets a turn for health checks and cancellations.
export function shardBytes(batches: Iterator<EncodedBatch>, totals: ShardTotals): Readable {
  return Readable.from(copies(batches, totals), { objectMode: false });
}

async function* copies(batches: Iterator<EncodedBatch>, totals: ShardTotals): AsyncGenerator<Buffer> {
  let sliceEnd = performance.now() + SLICE_MS;
  for (let next = batches.next(); !next.done; next = batches.next()) {
    totals.add(next.value);
    // A manifest's batch is empty when its records have no defects.
    if (next.value.data.length > 0) yield Buffer.from(next.value.data);
    if (performance.now() > sliceEnd) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceEnd = performance.now() + SLICE_MS;
    }
  }
}
