import { InterceptingCall, type Interceptor } from '@grpc/grpc-js';
import type { RequestMemory } from './request-memory.js';

interface WaitingMessage {
  bytes: number;
  deliver: () => void;
}

// One shard's draw on the gateway's memory budget: its bytes received from the generator and
// not yet written to the client. Every message of the shard's calls passes the gate (a gRPC
// interceptor) and is counted before the shard sees it.
//
// The shard being written out counts its messages in its request's reserve, which its own
// writes empty, so it never waits on other requests; a message that finds the reserve full
// waits at the gate, and while it waits grpc-js reads no more of the call, so HTTP/2 flow
// control holds the generator back.
//
// A shard further ahead takes room from the shared budget while there is some. When there is
// none it does not wait: a paused call would still pin HTTP/2 buffers here and unsent
// messages in the generator, so the shard is suspended instead (`suspend` cancels the call and
// drops the message in hand) and resumes at its next record when the writer reaches it. A
// message that finds the shard holding nothing is always let in: the first bytes of every
// dataset must arrive before the response starts, whoever holds the budget.
export class ShardGate {
  readonly interceptor: Interceptor;
  // Bytes received and not yet written, by where they are counted.
  private pooled = 0;
  private reserved = 0;
  private writing = false;
  private closed = false;
  private waiting: WaitingMessage | undefined;
  // The call whose messages count: a suspended or replaced call's late messages go through
  // uncounted, and the shard drops them.
  private calls = 0;
  private current: number | undefined;

  constructor(
    private readonly request: RequestMemory,
    private readonly suspend: () => void,
  ) {
    this.interceptor = (options, nextCall) => {
      const call = ++this.calls;
      this.current = call;
      return new InterceptingCall(nextCall(options), {
        start: (metadata, _listener, next) =>
          next(metadata, {
            onReceiveMessage: (message: { data: Uint8Array }, deliver: (message: unknown) => void) =>
              this.arrive(call, message.data.byteLength, () => deliver(message)),
          }),
      });
    };
  }

  // The writer has reached this shard: from now on its messages go to the reserve.
  startWriting(): void {
    this.writing = true;
  }

  // `bytes` of this shard went to the client, oldest first.
  written(bytes: number): void {
    if (this.closed) return;
    const fromBudget = Math.min(bytes, this.pooled);
    this.pooled -= fromBudget;
    this.reserved -= bytes - fromBudget;
    this.request.budget.release(fromBudget);
    this.request.releaseReserve(bytes - fromBudget);
    const waiting = this.waiting;
    if (waiting && this.request.takeReserve(waiting.bytes)) this.letIn(waiting, 'reserve');
  }

  // The shard is over or cancelled: what it still counts goes back.
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.request.budget.release(this.pooled);
    this.request.releaseReserve(this.reserved);
    this.pooled = 0;
    this.reserved = 0;
    // grpc-js reports the end of a call only after the message in hand, so a waiting one is
    // let through uncounted to the cancelled shard, which drops it.
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) process.nextTick(waiting.deliver);
  }

  private arrive(call: number, bytes: number, deliver: () => void): void {
    const message = { bytes, deliver };
    if (this.closed || call !== this.current) {
      deliver();
    } else if (this.writing) {
      if (this.request.takeReserve(bytes)) this.letIn(message, 'reserve');
      else this.waiting = message;
    } else if (this.pooled + this.reserved === 0) {
      this.request.budget.charge(bytes);
      this.letIn(message, 'budget');
    } else if (this.request.budget.tryAcquire(bytes)) {
      this.letIn(message, 'budget');
    } else {
      this.current = undefined;
      this.suspend();
      deliver();
    }
  }

  private letIn(message: WaitingMessage, account: 'budget' | 'reserve'): void {
    if (account === 'budget') this.pooled += message.bytes;
    else this.reserved += message.bytes;
    if (this.waiting === message) this.waiting = undefined;
    message.deliver();
  }
}
