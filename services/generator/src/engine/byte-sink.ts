const utf8 = new TextEncoder();

// Bytes encoded once ahead of the records (vocabulary, separators, keywords), also held as
// little-endian 32-bit words: copying a short value four bytes at a time through a DataView
// costs about half of Uint8Array.set, which has a high fixed cost per call.
export class Token {
  readonly words: Int32Array;
  readonly length: number;

  constructor(readonly bytes: Uint8Array) {
    this.length = bytes.length;
    const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
    padded.set(bytes);
    // Read as little-endian explicitly: bytes() writes little-endian, whatever the platform.
    const reader = new DataView(padded.buffer);
    this.words = Int32Array.from({ length: padded.length / 4 }, (_, word) => reader.getInt32(word * 4, true));
  }
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
  private words: DataView = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.length);
  length = 0;

  // Whole words are written, so up to three bytes past the token are scribbled on; they lie
  // beyond `length` and are overwritten by whatever comes next.
  bytes(token: Token): void {
    const words = token.words;
    if (this.length + words.length * 4 > this.buffer.length) this.grow(words.length * 4);
    const view = this.words;
    for (let index = 0, at = this.length; index < words.length; index++, at += 4) view.setInt32(at, words[index]!, true);
    this.length += token.length;
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
    this.words = new DataView(buffer.buffer, buffer.byteOffset, buffer.length);
  }

}
