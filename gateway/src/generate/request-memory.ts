import type { ByteBudget } from '../../../libs/memory/src/byte-budget.js';
import { ShardGate } from './shard-gate.js';

// Room an admitted request keeps for the shard it is writing out, so its response always moves
// forward whatever other requests hold.
export interface RequestReserve {
  // Shard data received and not yet written.
  data: number;
  // What HTTP/2 and grpc-js hold for the call while it waits for the data to drain: a flow
  // control window of small views, each keeping a whole socket read buffer alive.
  transport: number;
  // What a compressed response holds inside zlib, waiting to be compressed or to be sent.
  compression: number;
}

export function reserveBytes(reserve: RequestReserve): number {
  return reserve.data + reserve.transport + reserve.compression;
}

// One admitted request's part of the gateway's memory budget: its reserve, taken at
// admission, and the gates of its shards (shard-gate.ts).
export class RequestMemory {
  private reserveUsed = 0;
  private released = false;

  constructor(
    readonly budget: ByteBudget,
    private readonly reserve: RequestReserve,
  ) {}

  // `suspend` stops the shard's call when a message finds no room (see ShardGate).
  gate(suspend: () => void): ShardGate {
    return new ShardGate(this, suspend);
  }

  // Takes bytes of the shard being written into the reserve. A message is always let in when
  // the reserve holds no data; any part of it past the reserve is counted in the budget.
  takeReserve(bytes: number): boolean {
    if (this.reserveUsed > 0 && this.reserveUsed + bytes > this.reserve.data) return false;
    const over = this.overReserve();
    this.reserveUsed += bytes;
    this.budget.charge(this.overReserve() - over);
    return true;
  }

  releaseReserve(bytes: number): void {
    const over = this.overReserve();
    this.reserveUsed -= bytes;
    this.budget.release(over - this.overReserve());
  }

  // The response is over: the reserve goes back to the budget.
  release(): void {
    if (this.released) return;
    this.released = true;
    this.budget.release(reserveBytes(this.reserve));
  }

  private overReserve(): number {
    return Math.max(0, this.reserveUsed - this.reserve.data);
  }
}
