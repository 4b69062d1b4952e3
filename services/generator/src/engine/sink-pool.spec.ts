import { describe, expect, it } from 'vitest';
import { encode } from './byte-sink.js';
import { SinkPool } from './sink-pool.js';

describe('SinkPool', () => {
  it('hands a sink back empty to the next range', () => {
    const pool = new SinkPool(2, 1024 * 1024);
    const sink = pool.take();
    sink.bytes(encode('left over'));
    pool.give(sink);
    const again = pool.take();
    expect(again).toBe(sink);
    expect(again.length).toBe(0);
    expect(again.toText()).toBe('');
  });

  it('keeps no more sinks than it may, and none grown past its largest', () => {
    const pool = new SinkPool(1, 128 * 1024);
    const [first, second, huge] = [pool.take(), pool.take(), pool.take()];
    huge.bytes(encode('x'.repeat(200 * 1024)));
    pool.give(huge);
    pool.give(first);
    pool.give(second);
    expect(pool.take()).toBe(first);
    const fresh = pool.take();
    expect(fresh).not.toBe(second);
    expect(fresh).not.toBe(huge);
  });
});
