import { CliFailure } from '../cli-failure.js';
import { EXIT } from '../exit-codes.js';

// Ctrl-C (or SIGTERM) while a command works: `signal` aborts so every wait ends, and the
// cleanups registered so far (cancelling the job) run once; a second Ctrl-C exits at once.
export class Interruption {
  private readonly controller = new AbortController();
  private readonly cleanups: (() => Promise<unknown>)[] = [];
  private cleaned: Promise<unknown> = Promise.resolve();
  private readonly listener = () => {
    if (this.controller.signal.aborted) process.exit(EXIT.INTERRUPTED);
    this.controller.abort();
    this.cleaned = Promise.allSettled(this.cleanups.map((cleanup) => cleanup()));
  };

  constructor() {
    process.on('SIGINT', this.listener);
    process.on('SIGTERM', this.listener);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  onInterrupt(cleanup: () => Promise<unknown>): void {
    this.cleanups.push(cleanup);
  }

  // The failure to end with: the interruption once its cleanups are done, otherwise `error`.
  async failure(error: unknown, what: string): Promise<CliFailure> {
    if (!this.controller.signal.aborted) return CliFailure.of(error);
    await this.cleaned;
    return new CliFailure(`Interrupted: ${what}`, EXIT.INTERRUPTED);
  }

  dispose(): void {
    process.off('SIGINT', this.listener);
    process.off('SIGTERM', this.listener);
  }
}
