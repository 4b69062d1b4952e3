import type { ManifestLines } from './body-writer.js';

const NEWLINE = 0x0a;
const COMMA = 0x2c;

// Turns manifest NDJSON into the members of a JSON array, chunk by chunk: a JSON value never
// holds a raw newline, so each newline is a boundary between entries and becomes a comma.
export async function* manifestAsArrayMembers(lines: ManifestLines): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const chunk of lines) {
    if (chunk.byteLength === 0) continue;
    const members = Buffer.from(chunk.subarray(0, chunk[chunk.byteLength - 1] === NEWLINE ? -1 : undefined));
    for (let index = 0; index < members.byteLength; index++) if (members[index] === NEWLINE) members[index] = COMMA;
    if (!first) yield Buffer.from([COMMA]);
    first = false;
    yield members;
  }
}
