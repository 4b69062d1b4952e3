import type { ValueSyntax } from '../encoders/value-syntax.js';
import type { PlanCompiler } from './plan-compiler.js';

// Compiled plans waiting, idle, for another range of the same plan: at most this many, each
// for this long, so an idle generator gives their memory back.
const KEPT = 8;
const IDLE_MS = 30_000;

interface IdlePlan {
  readonly syntax: ValueSyntax;
  readonly key: string;
  readonly compiled: PlanCompiler;
  readonly expiry: NodeJS.Timeout;
}

// A generation is cut into shards, each a call of its own carrying the whole plan, so a
// generator compiled the same plan 200 times for 5,000,000 records. Each compilation cost its
// set-up and left its field writers as garbage for the old generation: streaming spent ~10%
// more CPU with 25,000-record shards than with 100,000. A compiled plan writes any record from
// its index alone, whatever ranges it wrote before (the engine specs concatenate shards cut
// anywhere through this pool), so a finished range hands its compilation to the next range of
// the same plan, format syntax, defect rates and manifest choice. One range uses a compiled plan
// at a time: ranges running at once each take their own.
export class CompiledPlans {
  // Oldest first.
  private readonly idle: IdlePlan[] = [];

  take(syntax: ValueSyntax, key: string): PlanCompiler | undefined {
    const position = this.idle.findIndex((entry) => entry.syntax === syntax && entry.key === key);
    if (position < 0) return undefined;
    const [entry] = this.idle.splice(position, 1);
    clearTimeout(entry!.expiry);
    return entry!.compiled;
  }

  give(syntax: ValueSyntax, key: string, compiled: PlanCompiler): void {
    const expiry = setTimeout(() => this.drop(entry), IDLE_MS).unref();
    const entry: IdlePlan = { syntax, key, compiled, expiry };
    this.idle.push(entry);
    if (this.idle.length > KEPT) this.drop(this.idle[0]!);
  }

  private drop(entry: IdlePlan): void {
    const position = this.idle.indexOf(entry);
    if (position < 0) return;
    this.idle.splice(position, 1);
    clearTimeout(entry.expiry);
  }
}
