interface Span {
  firstAt: number;
  firstDone: number;
  lastAt: number;
  lastDone: number;
}

// Units per second of an item, over the time it moved: from the last moment it was seen not
// started to its latest progress. An item waiting its turn, or finished while others go on,
// keeps the rate it had, instead of one diluted by time it spent idle.
export class Rate {
  private readonly spans = new Map<string, Span>();

  perSecond(name: string, done: number, now = performance.now()): number {
    const span = this.spans.get(name);
    if (!span) {
      this.spans.set(name, { firstAt: now, firstDone: done, lastAt: now, lastDone: done });
      return 0;
    }
    if (done === span.firstDone) {
      span.firstAt = now;
      span.lastAt = now;
    } else if (done !== span.lastDone) {
      span.lastAt = now;
      span.lastDone = done;
    }
    const seconds = (span.lastAt - span.firstAt) / 1000;
    return seconds > 0 ? (span.lastDone - span.firstDone) / seconds : 0;
  }

  static secondsLeft(done: number, total: number, perSecond: number): number | undefined {
    return perSecond > 0 ? Math.max(0, (total - done) / perSecond) : undefined;
  }
}
