import { BarsDisplay } from './bars-display.js';
import { LinesDisplay } from './lines-display.js';

// One counted thing: a dataset being generated, a table being loaded.
export interface ProgressItem {
  name: string;
  done: number;
  total: number;
}

// Where a command shows how far it is. Progress always goes to stderr, so stdout carries only
// what a command prints (a plan, the --json summary).
export interface ProgressDisplay {
  // The latest counts, as often as they come.
  update(items: readonly ProgressItem[]): void;
  // A line between phases ("downloading 3 files").
  say(line: string): void;
  // Final counts shown, bars closed.
  stop(): void;
}

// Bars on a terminal, plain lines every few seconds when stderr is a file or a pipe.
export function progressDisplay(unit: string, stream: NodeJS.WriteStream = process.stderr): ProgressDisplay {
  return stream.isTTY ? new BarsDisplay(unit, stream) : new LinesDisplay(unit, stream);
}
