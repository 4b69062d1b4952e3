// PostgreSQL's COPY text format from the same values its INSERT statements write. Field writers
// and reality defects write SQL literals (text in single quotes with '' for a quote, NULL,
// TRUE, FALSE, numbers as digits); the COPY encoder separates them by tabs and ends rows with
// a newline, and this rewrites such rows byte by byte. Each value then loads as the literal
// does: a number keeps its digits, a boolean its word ("true" is also what the INSERT stores
// in a text column), and text its characters, with COPY's escapes for the backslash, tab,
// newline and carriage return.

const QUOTE = 0x27;
const BACKSLASH = 0x5c;
const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

// Outside quotes, the three keywords a literal can be, by their first letter.
const KEYWORDS: ReadonlyMap<number, { readonly literal: Uint8Array; readonly copy: Uint8Array }> = new Map(
  [
    ['NULL', '\\N'],
    ['TRUE', 'true'],
    ['FALSE', 'false'],
  ].map(([literal, copy]) => [literal!.charCodeAt(0), { literal: Buffer.from(literal!), copy: Buffer.from(copy!) }]),
);

// COPY's escape for each byte text cannot hold raw; 0 for the bytes that stay.
const ESCAPED = new Uint8Array(256);
ESCAPED[BACKSLASH] = BACKSLASH;
ESCAPED[TAB] = 0x74; // t
ESCAPED[NEWLINE] = 0x6e; // n
ESCAPED[RETURN] = 0x72; // r

// At most twice as long as the rows: a byte inside quotes becomes at most two, and every
// keyword and quoted literal shrinks or stays.
export const COPY_TEXT_GROWTH = 2;

// Writes the COPY text of `rows` into `out` from `at`; answers the number of bytes written.
export function writeCopyText(rows: Uint8Array, length: number, out: Uint8Array, at: number): number {
  const start = at;
  let index = 0;
  while (index < length) {
    const byte = rows[index]!;
    if (byte === QUOTE) {
      index++;
      for (;;) {
        const inner = rows[index]!;
        if (inner === QUOTE) {
          index++;
          if (rows[index] !== QUOTE) break;
          out[at++] = QUOTE;
          index++;
          continue;
        }
        const escape = ESCAPED[inner]!;
        if (escape !== 0) {
          out[at++] = BACKSLASH;
          out[at++] = escape;
        } else {
          out[at++] = inner;
        }
        index++;
      }
      continue;
    }
    const keyword = KEYWORDS.get(byte);
    if (keyword !== undefined && startsWith(rows, index, keyword.literal)) {
      out.set(keyword.copy, at);
      at += keyword.copy.length;
      index += keyword.literal.length;
      continue;
    }
    out[at++] = byte;
    index++;
  }
  return at - start;
}

function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  for (let offset = 0; offset < prefix.length; offset++) if (bytes[at + offset] !== prefix[offset]) return false;
  return true;
}
