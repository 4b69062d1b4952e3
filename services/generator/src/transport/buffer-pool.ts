const SMALLEST = 64 * 1024;

// Message buffers reused from batch to batch. Each fresh Buffer is external memory to V8, and
// at ~80 MB/s per stream their churn alone forced a full collection about nine times a second,
// a quarter of a generator's CPU. A buffer comes back once gRPC has copied it into its frame.
export class BufferPool {
  private readonly free: Buffer[] = [];
  private kept = 0;

  // Up to `keepBytes` are held for reuse, counted by capacity: callers may ask for batches of
  // any size, and a count of buffers would let a few huge ones pin hundreds of megabytes.
  constructor(private readonly keepBytes: number) {}

  acquire(size: number): Buffer {
    const free = this.free;
    for (let index = free.length - 1; index >= 0; index--) {
      const buffer = free[index]!;
      if (buffer.length >= size) {
        free.splice(index, 1);
        this.kept -= buffer.length;
        return buffer;
      }
    }
    return Buffer.allocUnsafe(Math.max(SMALLEST, size + (size >> 3)));
  }

  // A buffer that does not fit is left to the garbage collector.
  release(buffer: Buffer): void {
    if (this.kept + buffer.length > this.keepBytes) return;
    this.free.push(buffer);
    this.kept += buffer.length;
  }
}
