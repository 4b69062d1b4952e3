import { describe, expect, it } from 'vitest';
import { ByteSink, encode } from './byte-sink.js';
import { TokenList } from './token-list.js';

const TEXTS = ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'Zoë', '山田', 'Ærø-Øst', 'x'.repeat(37)];

describe('TokenList', () => {
  it('writes every text as its UTF-8 bytes, whatever its length, in any order', () => {
    const list = new TokenList(TEXTS);
    const order = [9, 0, 6, 3, 7, 1, 5, 8, 2, 4, 4, 0, 9];
    const sink = new ByteSink();
    for (const index of order) {
      sink.entry(list, index);
      sink.bytes(encode('|'));
    }
    expect(sink.toText()).toBe(order.map((index) => `${TEXTS[index]}|`).join(''));
    expect(list.size).toBe(TEXTS.length);
  });

  it('gives the first byte of a text', () => {
    const list = new TokenList(TEXTS);
    expect(list.firstByte(1)).toBe('a'.charCodeAt(0));
    expect(list.firstByte(9)).toBe('x'.charCodeAt(0));
    expect(list.firstByte(7)).toBe(Buffer.from('山')[0]);
    expect(list.firstByte(8)).toBe(Buffer.from('Æ')[0]);
  });

  it('grows the sink as texts arrive', () => {
    const list = new TokenList(['y'.repeat(5_000)]);
    const sink = new ByteSink();
    for (let count = 0; count < 40; count++) sink.entry(list, 0);
    expect(sink.toText()).toBe('y'.repeat(200_000));
  });
});
