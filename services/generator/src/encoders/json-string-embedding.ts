import type { ByteSink } from '../engine/byte-sink.js';

// The bytes escaped to sit inside a JSON string. Escaping works byte by byte: the bytes it
// escapes are ASCII, and UTF-8 never uses ASCII bytes inside a multi-byte character, so
// batches escape independently and still concatenate to the escape of the whole.
const ESCAPES: readonly (Uint8Array | undefined)[] = Array.from({ length: 128 }, (_, byte) => {
  const short: Record<number, string> = { 0x22: '\\"', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x08: '\\b', 0x0c: '\\f' };
  if (short[byte] !== undefined) return Buffer.from(short[byte]!);
  return byte < 0x20 ? Buffer.from(`\\u${byte.toString(16).padStart(4, '0')}`) : undefined;
});

// Appended to `into`, which is reused from batch to batch rather than allocated for each.
export function embedInJsonString(bytes: Uint8Array, into: ByteSink): void {
  let extra = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte < 0x80) extra += (ESCAPES[byte]?.length ?? 1) - 1;
  }
  into.fill(bytes.length + extra, (escaped, start) => {
    let at = start;
    for (let index = 0; index < bytes.length; index++) {
      const byte = bytes[index]!;
      const escape = byte < 0x80 ? ESCAPES[byte] : undefined;
      if (escape === undefined) escaped[at++] = byte;
      else {
        escaped.set(escape, at);
        at += escape.length;
      }
    }
    return at - start;
  });
}
