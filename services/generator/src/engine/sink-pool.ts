import { ByteSink } from './byte-sink.js';

// Sinks kept from range to range: each range had two of its own, grown to a batch's size
// (~100 KB at the default batch size, in 64 KB and then 128 KB of fresh memory outside V8's
// heap). Streaming 5,000,000 orders in shards of 25,000, that churn drove 4-5 full
// collections a request; with sinks kept, about one.
export class SinkPool {
  private readonly free: ByteSink[] = [];

  // Up to `kept` sinks of at most `largest` bytes each: a range of huge batches grows its sink
  // far past the default, and that sink is left to the garbage collector.
  constructor(
    private readonly kept: number,
    private readonly largest: number,
  ) {}

  take(): ByteSink {
    const sink = this.free.pop() ?? new ByteSink();
    sink.length = 0;
    return sink;
  }

  give(sink: ByteSink): void {
    if (this.free.length < this.kept && sink.capacity <= this.largest) this.free.push(sink);
  }
}
