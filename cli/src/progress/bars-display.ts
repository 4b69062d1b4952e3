import cliProgress from 'cli-progress';
import type { ProgressDisplay, ProgressItem } from './progress-display.js';
import { Rate } from './rate.js';

const REDRAW_MS = 200;

// cli-progress multibar on a terminal: a bar per item with its count, rate and time left.
export class BarsDisplay implements ProgressDisplay {
  private readonly multibar: cliProgress.MultiBar;
  private readonly bars = new Map<string, cliProgress.SingleBar>();
  private readonly rate = new Rate();
  private nameWidth = 0;
  private stopped = false;

  constructor(
    unit: string,
    private readonly stream: NodeJS.WriteStream,
  ) {
    this.multibar = new cliProgress.MultiBar(
      {
        stream,
        // Fits 80 columns with a million records to a dataset: a terminal cuts longer lines.
        format: `{name} [{bar}] {percentage}% {done}/{all} ${unit} | {rate}/s | ETA {left}`,
        barsize: 12,
        hideCursor: true,
        clearOnComplete: false,
        stopOnComplete: false,
        fps: 1000 / REDRAW_MS,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  update(items: readonly ProgressItem[]): void {
    this.nameWidth = Math.max(this.nameWidth, ...items.map((item) => item.name.length));
    for (const item of items) {
      const perSecond = this.rate.perSecond(item.name, item.done);
      const left = Rate.secondsLeft(item.done, item.total, perSecond);
      const payload = {
        name: item.name.padEnd(this.nameWidth),
        done: item.done.toLocaleString('en-US'),
        all: item.total.toLocaleString('en-US'),
        rate: Math.round(perSecond).toLocaleString('en-US'),
        left: left === undefined ? '-' : `${Math.ceil(left)}s`,
      };
      const bar = this.bars.get(item.name);
      if (bar) {
        bar.setTotal(Math.max(item.total, 1));
        bar.update(item.done, payload);
      } else {
        this.bars.set(item.name, this.multibar.create(Math.max(item.total, 1), item.done, payload));
      }
    }
  }

  // While the bars run, a line goes above them at their next redraw, so it does not tear them.
  // Once they are stopped nothing redraws, and cli-progress would keep the line forever: it
  // goes straight to the terminal (a job's download lines and its final summary come then).
  say(line: string): void {
    if (this.stopped) this.stream.write(`${line}\n`);
    else this.multibar.log(`${line}\n`);
  }

  // The last redraw writes what the bars still hold to say, which stop() alone would drop.
  stop(): void {
    this.multibar.update();
    this.multibar.stop();
    this.stopped = true;
  }
}
