import { Metadata, type InterceptingListener, type NextCall } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { ByteBudget } from '../../../libs/memory/src/byte-budget.js';
import { RequestMemory, reserveBytes } from './request-memory.js';
import type { ShardGate } from './shard-gate.js';

const KB = 1024;
const settled = () => new Promise((resolve) => setImmediate(resolve));

// A call through the gate's interceptor, with the transport below it played by the test:
// receive() hands the gate a message as grpc-js would, and `delivered` is what reached the
// shard above it.
class GatedCall {
  readonly delivered: number[] = [];
  private transport: InterceptingListener | undefined;

  constructor(gate: ShardGate) {
    const below = {
      start: (_metadata: Metadata, listener: InterceptingListener) => (this.transport = listener),
    } as unknown as ReturnType<NextCall>;
    const call = gate.interceptor({ method_definition: {} } as never, () => below);
    call.start(new Metadata(), { onReceiveMessage: (message: { data: Uint8Array }) => this.delivered.push(message.data.byteLength) });
  }

  receive(bytes: number): void {
    this.transport!.onReceiveMessage({ data: new Uint8Array(bytes) });
  }
}

function request(capacity: number, reserve = { data: 100 * KB, transport: 50 * KB, compression: 0 }) {
  const budget = new ByteBudget(capacity);
  const memory = new RequestMemory(budget, reserve);
  expect(budget.tryAcquire(reserveBytes(reserve))).toBe(true);
  return { budget, memory };
}

describe('ShardGate', () => {
  it('counts a shard ahead of the writer in the shared budget until its bytes are written', () => {
    const { budget, memory } = request(400 * KB);
    const gate = memory.gate(() => undefined);
    const call = new GatedCall(gate);
    call.receive(60 * KB);
    call.receive(60 * KB);
    expect(call.delivered).toEqual([60 * KB, 60 * KB]);
    expect(budget.inUse).toBe(270 * KB);
    gate.startWriting();
    gate.written(60 * KB);
    gate.written(60 * KB);
    expect(budget.inUse).toBe(150 * KB);
  });

  it('suspends a shard ahead when the budget has no room, dropping the message with its call', () => {
    const { budget, memory } = request(250 * KB);
    let suspended = 0;
    const gate = memory.gate(() => suspended++);
    const call = new GatedCall(gate);
    call.receive(60 * KB);
    call.receive(60 * KB);
    expect(suspended).toBe(1);
    // The message still goes up, uncounted, for the shard to drop along with its call.
    expect(call.delivered).toEqual([60 * KB, 60 * KB]);
    expect(budget.inUse).toBe(210 * KB);
    call.receive(60 * KB);
    expect(suspended).toBe(1);
    expect(budget.inUse).toBe(210 * KB);
  });

  it('always lets in the first message of a shard, even past the budget', () => {
    const { budget, memory } = request(150 * KB);
    let suspended = 0;
    const call = new GatedCall(memory.gate(() => suspended++));
    call.receive(80 * KB);
    expect(suspended).toBe(0);
    expect(budget.inUse).toBe(230 * KB);
  });

  it('counts the shard being written in its reserve, and holds a message back until writes make room', async () => {
    const { budget, memory } = request(150 * KB);
    const gate = memory.gate(() => {
      throw new Error('the shard being written is never suspended');
    });
    const call = new GatedCall(gate);
    gate.startWriting();
    call.receive(60 * KB);
    call.receive(30 * KB);
    call.receive(30 * KB);
    expect(call.delivered).toEqual([60 * KB, 30 * KB]);
    expect(budget.inUse).toBe(150 * KB);
    gate.written(60 * KB);
    await settled();
    expect(call.delivered).toEqual([60 * KB, 30 * KB, 30 * KB]);
    expect(budget.inUse).toBe(150 * KB);
  });

  it('lets a message larger than the reserve through when the reserve is empty, counting the excess', () => {
    const { budget, memory } = request(150 * KB);
    const gate = memory.gate(() => undefined);
    const call = new GatedCall(gate);
    gate.startWriting();
    call.receive(130 * KB);
    expect(call.delivered).toEqual([130 * KB]);
    expect(budget.inUse).toBe(180 * KB);
    gate.written(130 * KB);
    expect(budget.inUse).toBe(150 * KB);
  });

  it('gives back what it counts when closed, lets a held message go uncounted, and the request its reserve', async () => {
    const { budget, memory } = request(150 * KB);
    const gate = memory.gate(() => undefined);
    const call = new GatedCall(gate);
    call.receive(40 * KB);
    gate.startWriting();
    call.receive(90 * KB);
    call.receive(20 * KB);
    expect(call.delivered).toEqual([40 * KB, 90 * KB]);
    gate.close();
    await settled();
    expect(call.delivered).toEqual([40 * KB, 90 * KB, 20 * KB]);
    expect(budget.inUse).toBe(150 * KB);
    memory.release();
    memory.release();
    expect(budget.inUse).toBe(0);
  });

  it('lets the messages of a replaced call through uncounted', () => {
    const { budget, memory } = request(400 * KB);
    const gate = memory.gate(() => undefined);
    const first = new GatedCall(gate);
    const second = new GatedCall(gate);
    first.receive(50 * KB);
    second.receive(20 * KB);
    expect(first.delivered).toEqual([50 * KB]);
    expect(budget.inUse).toBe(170 * KB);
  });
});
