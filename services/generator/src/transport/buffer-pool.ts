const SMALLEST = 64 * 1024;

// Message buffers reused from batch to batch. Each fresh Buffer is external memory to V8, and
// at ~80 MB/s per stream their churn alone forced a full collection about nine times a second,
// a quarter of a generator's CPU. A buffer comes back once gRPC has copied it into its frame.
export class BufferPool {
  private readonly free: Buffer[] = [];

  constructor(private readonly keep: number) {}

  acquire(size: number): Buffer {
    const free = this.free;
    for (let index = free.length - 1; index >= 0; index--) {
      if (free[index]!.length >= size) return free.splice(index, 1)[0]!;
    }
    return Buffer.allocUnsafe(Math.max(SMALLEST, size + (size >> 3)));
  }

  // Beyond `keep`, a buffer is left to the garbage collector, so a burst of streams does not
  // pin its peak memory for good.
  release(buffer: Buffer): void {
    if (this.free.length < this.keep) this.free.push(buffer);
  }
}
