import type { ProgressDisplay, ProgressItem } from './progress-display.js';
import { Rate } from './rate.js';

// How often a plain line per item is written while work goes on.
export const LINE_INTERVAL_MS = 5000;

// For logs and pipes: a line per item every few seconds, and each item's final line.
export class LinesDisplay implements ProgressDisplay {
  private readonly rate = new Rate();
  private latest: readonly ProgressItem[] = [];
  private lastWritten = 0;

  constructor(
    private readonly unit: string,
    private readonly stream: NodeJS.WritableStream,
  ) {}

  update(items: readonly ProgressItem[]): void {
    this.latest = items;
    const rates = items.map((item) => this.rate.perSecond(item.name, item.done));
    const now = performance.now();
    if (now - this.lastWritten < LINE_INTERVAL_MS) return;
    this.lastWritten = now;
    items.forEach((item, index) => this.write(item, rates[index]!));
  }

  say(line: string): void {
    this.stream.write(`${line}\n`);
  }

  stop(): void {
    for (const item of this.latest) this.write(item, this.rate.perSecond(item.name, item.done));
    this.latest = [];
  }

  private write(item: ProgressItem, perSecond: number): void {
    const percent = item.total > 0 ? Math.floor((100 * item.done) / item.total) : 100;
    this.stream.write(
      `${item.name}: ${item.done.toLocaleString('en-US')}/${item.total.toLocaleString('en-US')} ${this.unit} (${percent}%), ${Math.round(perSecond).toLocaleString('en-US')} ${this.unit}/s\n`,
    );
  }
}
