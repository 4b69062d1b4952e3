import type { ByteBudget } from '../../../../libs/memory/src/byte-budget.js';

interface Wait {
  line: AbortController;
  resolve: () => void;
  reject: (reason: Error) => void;
}

// One response stream's draw on the generator's memory budget: the bytes of its messages that
// are encoded but not yet flushed to HTTP/2. Room is taken before a message is encoded, sized
// like the stream's last one, and trued up once its size is known.
//
// A stream with nothing in flight may always encode its next message, and one waiting in line
// stops waiting as soon as it has nothing in flight. The gateway reads the stream it is writing
// out and leaves streams further ahead unread; without this, those unread streams could hold
// the whole budget while the one being read waited behind them, and neither side would move.
export class StreamAllowance {
  private inFlight = 0;
  private reserved = 0;
  private lastMessage = 0;
  private closed = false;
  private wait: Wait | undefined;

  constructor(private readonly budget: ByteBudget) {}

  // Whether the next message may be encoded now (room is held for it, or the stream has
  // nothing in flight); when not, waitForRoom() waits in line.
  mayProduce(): boolean {
    if (this.reserved > 0 || this.inFlight === 0) return true;
    if (!this.budget.tryAcquire(this.lastMessage)) return false;
    this.reserved = this.lastMessage;
    return true;
  }

  // Resolves once room for the next message is held, or once the stream has nothing in flight
  // any more (its reader caught up, whatever the other streams hold); rejects once it closes.
  waitForRoom(): Promise<void> {
    const bytes = this.lastMessage;
    return new Promise<void>((resolve, reject) => {
      const wait: Wait = { line: new AbortController(), resolve, reject };
      this.wait = wait;
      this.budget.acquire(bytes, { signal: wait.line.signal }).then(
        () => {
          if (this.wait !== wait) {
            // Granted after the wait ended another way.
            this.budget.release(bytes);
            return;
          }
          this.wait = undefined;
          this.reserved = bytes;
          resolve();
        },
        () => undefined,
      );
    });
  }

  // A message of `bytes` was encoded and handed to the call.
  produced(bytes: number): void {
    if (bytes > this.reserved) this.budget.charge(bytes - this.reserved);
    else this.budget.release(this.reserved - bytes);
    this.reserved = 0;
    this.inFlight += bytes;
    this.lastMessage = bytes;
  }

  // HTTP/2 took a message's bytes.
  flushed(bytes: number): void {
    if (this.closed) return;
    this.inFlight -= bytes;
    this.budget.release(bytes);
    if (this.inFlight === 0) this.endWait()?.resolve();
  }

  // The call is over (finished, cancelled or failed): whatever it still held goes back, and
  // flushes reported after this are ignored.
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.endWait()?.reject(new Error('The stream closed while waiting for room'));
    this.budget.release(this.inFlight + this.reserved);
    this.inFlight = 0;
    this.reserved = 0;
  }

  private endWait(): Wait | undefined {
    const wait = this.wait;
    this.wait = undefined;
    wait?.line.abort();
    return wait;
  }
}
