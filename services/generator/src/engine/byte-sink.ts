import type { TokenList } from './token-list.js';

const utf8 = new TextEncoder();

// Bytes encoded once ahead of the records (separators, keywords), also held as
// little-endian 32-bit words: copying a short value four bytes at a time through a DataView
// costs about half of Uint8Array.set, which has a high fixed cost per call.
export class Token {
  readonly words: Int32Array;
  readonly length: number;

  constructor(readonly bytes: Uint8Array) {
    this.length = bytes.length;
    const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
    padded.set(bytes);
    this.words = littleEndianWords(padded);
  }
}

// Bytes (a multiple of four) as the 32-bit words ByteSink copies: read as little-endian
// explicitly, because the sink writes them little-endian whatever the platform.
export function littleEndianWords(bytes: Uint8Array): Int32Array {
  const reader = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  return Int32Array.from({ length: bytes.length / 4 }, (_, word) => reader.getInt32(word * 4, true));
}

export function encode(text: string): Token {
  return new Token(utf8.encode(text));
}

const MINIMUM_CAPACITY = 64 * 1024;

// "0000" to "9999", four ASCII digits each.
const FOUR_DIGITS = utf8.encode(Array.from({ length: 10000 }, (_, value) => String(value).padStart(4, '0')).join(''));

// The bytes of the batch being encoded. Field writers append their value's bytes here, so a
// record costs no string building: vocabulary arrives pre-encoded and numbers are written
// digit by digit. One sink is reused from batch to batch.
export class ByteSink {
  private buffer: Buffer = Buffer.allocUnsafe(MINIMUM_CAPACITY);
  private view32: DataView = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.length);
  length = 0;

  // Bytes it holds before it must grow.
  get capacity(): number {
    return this.buffer.length;
  }

  bytes(token: Token): void {
    this.words(token.words, 0, token.length);
  }

  // Text `index` of a list.
  entry(list: TokenList, index: number): void {
    const spans = list.spans;
    this.words(list.words, spans[index * 2]!, spans[index * 2 + 1]!);
  }

  // `length` bytes held as words from `words[start]` on (see Token). Whole words are written,
  // so up to three bytes past them are scribbled on; they lie beyond `length` and are
  // overwritten by whatever comes next.
  words(words: Int32Array, start: number, length: number): void {
    const end = start + ((length + 3) >> 2);
    if (this.length + (end - start) * 4 > this.buffer.length) this.grow((end - start) * 4);
    const view = this.view32;
    for (let index = start, at = this.length; index < end; index++, at += 4) view.setInt32(at, words[index]!, true);
    this.length += length;
  }

  // The bytes of another sink, such as a value written aside to be checked first. Copied by
  // hand: these are single values, too short for a native copy to pay off.
  append(other: ByteSink): void {
    const count = other.length;
    if (this.length + count > this.buffer.length) this.grow(count);
    const from = other.buffer;
    const to = this.buffer;
    for (let index = 0, at = this.length; index < count; index++, at++) to[at] = from[index]!;
    this.length += count;
  }

  // The bytes written so far as text, without a view of them.
  toText(): string {
    return this.buffer.toString('utf8', 0, this.length);
  }

  byte(value: number): void {
    if (this.length === this.buffer.length) this.grow(1);
    this.buffer[this.length++] = value;
  }

  // Any text, as UTF-8; ASCII is copied by hand, which beats Buffer.write for short values.
  text(text: string): void {
    const count = text.length;
    if (this.length + count * 3 > this.buffer.length) this.grow(count * 3);
    const buffer = this.buffer;
    let at = this.length;
    for (let index = 0; index < count; index++) {
      const code = text.charCodeAt(index);
      if (code >= 0x80) {
        this.length = at + buffer.write(text.slice(index), at);
        return;
      }
      buffer[at++] = code;
    }
    this.length = at;
  }

  // A whole number, without the String() it would take to format it: four digits at a time
  // from a table, one division per four digits.
  integer(value: number): void {
    if (value < 0) {
      this.byte(45);
      value = -value;
    }
    if (value > 2147483647) {
      this.text(String(value));
      return;
    }
    if (this.length + 10 > this.buffer.length) this.grow(10);
    if (value < 10000) {
      this.leading(value);
    } else if (value < 100000000) {
      const high = (value / 10000) | 0;
      this.leading(high);
      this.four(value - high * 10000);
    } else {
      const top = (value / 100000000) | 0;
      const rest = value - top * 100000000;
      const middle = (rest / 10000) | 0;
      this.leading(top);
      this.four(middle);
      this.four(rest - middle * 10000);
    }
  }

  // Whole units of 10^-scale with exactly `scale` digits after the point (1250, 2 → 12.50).
  decimal(units: number, scale: number, power: number): void {
    if (units < 0) {
      this.byte(45);
      units = -units;
    }
    const whole = Math.floor(units / power);
    this.integer(whole);
    this.byte(46);
    let fraction = units - whole * power;
    if (this.length + scale > this.buffer.length) this.grow(scale);
    const buffer = this.buffer;
    if (scale <= 4) {
      for (let digit = 4 - scale, at = fraction * 4; digit < 4; digit++) buffer[this.length++] = FOUR_DIGITS[at + digit]!;
      return;
    }
    for (let at = this.length + scale - 1; at >= this.length; at--) {
      const next = Math.floor(fraction / 10);
      buffer[at] = 48 + fraction - next * 10;
      fraction = next;
    }
    this.length += scale;
  }

  // The bytes written so far, for a caller that copies them before writing more.
  view(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  // Room for up to `most` bytes, which `write` fills in place from `at`; it returns how many
  // it wrote. For bulk transforms of a whole batch, where a call per byte would cost too much.
  fill(most: number, write: (buffer: Buffer, at: number) => number): void {
    if (this.length + most > this.buffer.length) this.grow(most);
    this.length += write(this.buffer, this.length);
  }

  // 0..9999 without leading zeros.
  private leading(value: number): void {
    const width = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4;
    const buffer = this.buffer;
    for (let digit = 4 - width, at = value * 4; digit < 4; digit++) buffer[this.length++] = FOUR_DIGITS[at + digit]!;
  }

  // 0..9999 as exactly four digits.
  private four(value: number): void {
    const buffer = this.buffer;
    const at = value * 4;
    buffer[this.length++] = FOUR_DIGITS[at]!;
    buffer[this.length++] = FOUR_DIGITS[at + 1]!;
    buffer[this.length++] = FOUR_DIGITS[at + 2]!;
    buffer[this.length++] = FOUR_DIGITS[at + 3]!;
  }

  private grow(needed: number): void {
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + needed));
    this.buffer.copy(larger, 0, 0, this.length);
    this.replace(larger);
  }

  private replace(buffer: Buffer): void {
    this.buffer = buffer;
    this.view32 = new DataView(buffer.buffer, buffer.byteOffset, buffer.length);
  }

}
