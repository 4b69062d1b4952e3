import { describe, expect, it } from 'vitest';
import { ByteBudget } from '../../../../libs/memory/src/byte-budget.js';
import { StreamAllowance } from './stream-allowance.js';

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('StreamAllowance', () => {
  it('counts a message from its encoding until HTTP/2 takes it', () => {
    const budget = new ByteBudget(1000);
    const stream = new StreamAllowance(budget);
    expect(stream.mayProduce()).toBe(true);
    stream.produced(300);
    expect(budget.inUse).toBe(300);
    expect(stream.mayProduce()).toBe(true);
    stream.produced(200);
    expect(budget.inUse).toBe(500);
    stream.flushed(300);
    stream.flushed(200);
    expect(budget.inUse).toBe(0);
  });

  it('lets a stream with nothing in flight produce even when others hold the whole budget', () => {
    const budget = new ByteBudget(1000);
    const stuck = new StreamAllowance(budget);
    stuck.produced(1000);
    const reader = new StreamAllowance(budget);
    expect(reader.mayProduce()).toBe(true);
    reader.produced(400);
    expect(budget.inUse).toBe(1400);
    expect(reader.mayProduce()).toBe(false);
  });

  it('stops waiting in line as soon as its own messages are flushed, whatever is ahead of it', async () => {
    const budget = new ByteBudget(1000);
    const stuck = new StreamAllowance(budget);
    stuck.produced(900);
    const reader = new StreamAllowance(budget);
    reader.mayProduce();
    reader.produced(400);
    expect(reader.mayProduce()).toBe(false);
    let room = false;
    void reader.waitForRoom().then(() => (room = true));
    await settled();
    expect(room).toBe(false);
    reader.flushed(400);
    await settled();
    expect(room).toBe(true);
    expect(budget.inUse).toBe(900);
    expect(budget.waiting).toBe(0);
  });

  it('holds room the size of its last message while it waits, and trues it up once encoded', async () => {
    const budget = new ByteBudget(1000);
    const other = new StreamAllowance(budget);
    other.produced(700);
    const stream = new StreamAllowance(budget);
    stream.mayProduce();
    stream.produced(250);
    expect(stream.mayProduce()).toBe(false);
    const room = stream.waitForRoom();
    other.flushed(700);
    await room;
    expect(budget.inUse).toBe(500);
    stream.produced(100);
    expect(budget.inUse).toBe(350);
  });

  it('holds the room it waited for only once when asked again before encoding', async () => {
    const budget = new ByteBudget(1000);
    const other = new StreamAllowance(budget);
    other.produced(800);
    const stream = new StreamAllowance(budget);
    stream.mayProduce();
    stream.produced(150);
    expect(stream.mayProduce()).toBe(false);
    const room = stream.waitForRoom();
    other.flushed(800);
    await room;
    expect(stream.mayProduce()).toBe(true);
    expect(budget.inUse).toBe(300);
    stream.produced(150);
    stream.flushed(150);
    stream.flushed(150);
    expect(budget.inUse).toBe(0);
  });

  it('gives everything back when the call closes, and ignores flushes reported after', async () => {
    const budget = new ByteBudget(1000);
    const stream = new StreamAllowance(budget);
    stream.mayProduce();
    stream.produced(600);
    stream.mayProduce();
    stream.produced(600);
    const room = stream.waitForRoom();
    stream.close();
    await expect(room).rejects.toThrow('closed');
    stream.flushed(600);
    expect(budget.inUse).toBe(0);
    expect(budget.waiting).toBe(0);
  });
});
