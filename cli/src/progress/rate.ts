// Units per second since an item was first seen, and the seconds left at that rate.
export class Rate {
  private readonly started = new Map<string, { at: number; done: number }>();

  perSecond(name: string, done: number, now = performance.now()): number {
    const start = this.started.get(name);
    if (!start) {
      this.started.set(name, { at: now, done });
      return 0;
    }
    const seconds = (now - start.at) / 1000;
    return seconds > 0 ? (done - start.done) / seconds : 0;
  }

  static secondsLeft(done: number, total: number, perSecond: number): number | undefined {
    return perSecond > 0 ? Math.max(0, (total - done) / perSecond) : undefined;
  }
}
