// A number of bytes that every stream of a process draws from, so what the process holds in
// flight stays bounded however many requests it serves at once.
//
// Waiting is first come, first served: a waiter that does not fit holds back every one behind
// it, so a large request is never starved by a stream of small ones. Nothing is ever granted
// that does not fit, with two exceptions that keep every stream moving: a request larger than
// the whole budget is granted once the budget is empty, and charge() counts bytes that already
// exist (a stream's guaranteed one message) without waiting, even past the capacity.
export class ByteBudget {
  private used = 0;
  private readonly queue: Waiter[] = [];

  constructor(readonly capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) throw new RangeError(`A byte budget needs a positive whole capacity, not ${capacity}`);
  }

  get inUse(): number {
    return this.used;
  }

  get waiting(): number {
    return this.queue.length;
  }

  // Takes the bytes now if they fit and nobody is waiting before them.
  tryAcquire(bytes: number): boolean {
    if (this.queue.length > 0 || !this.fits(bytes)) return false;
    this.used += bytes;
    return true;
  }

  // Waits in line until the bytes fit, then holds them. Rejects with BudgetWaitTimeout once
  // `deadline` (epoch milliseconds) passes, or with the signal's reason when it aborts; a
  // rejected waiter holds nothing.
  acquire(bytes: number, options: WaitOptions = {}): Promise<void> {
    const { deadline, signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.tryAcquire(bytes)) return Promise.resolve();
    if (deadline !== undefined && deadline <= Date.now()) return Promise.reject(new BudgetWaitTimeout(bytes));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        bytes,
        grant: () => {
          settle();
          resolve();
        },
      };
      const leave = (reason: unknown) => {
        settle();
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        reject(reason);
        // The one that left may have been holding back the ones behind it.
        if (at === 0) this.dispatch();
      };
      const onAbort = () => leave(signal!.reason);
      const timer = deadline === undefined ? undefined : setTimeout(() => leave(new BudgetWaitTimeout(bytes)), deadline - Date.now());
      const settle = () => {
        if (timer) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  // Counts bytes that are already held and must not wait; they may take the budget past its
  // capacity, and later acquisitions wait until it is back below.
  charge(bytes: number): void {
    this.used += bytes;
  }

  release(bytes: number): void {
    if (bytes > this.used) throw new RangeError(`Released ${bytes} bytes of a budget holding ${this.used}`);
    this.used -= bytes;
    this.dispatch();
  }

  private fits(bytes: number): boolean {
    return this.used + bytes <= this.capacity || this.used === 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.fits(this.queue[0].bytes)) {
      const waiter = this.queue.shift()!;
      this.used += waiter.bytes;
      waiter.grant();
    }
  }
}

export interface WaitOptions {
  // Epoch milliseconds after which the wait is given up.
  deadline?: number;
  signal?: AbortSignal;
}

interface Waiter {
  bytes: number;
  grant: () => void;
}

export class BudgetWaitTimeout extends Error {
  constructor(bytes: number) {
    super(`No room for ${bytes} bytes before the deadline`);
  }
}
