import type { CompressionOptions } from 'compression';
import type { TransformOptions } from 'node:stream';

// What a compressed response may hold inside zlib on each side: input waiting to be compressed
// and output the socket has not taken yet. Node's default (16 KB) is less than one generator
// message, so zlib ran dry after every message until the writer had been told to go on; with
// 1 MiB queued it always has the next one. Streaming 5,000,000 orders with gzip took 13.0-14.1 s
// instead of 17.9-22.4 (256 KiB: 12.5-15.6), in alternating rounds.
export const COMPRESSION_BUFFER_BYTES = 1024 * 1024;

// Level 1: most of the size gain for a fraction of the CPU, which matters at hundreds of MB.
// Output in chunks of 256 KiB rather than 16 KiB: a sixteenth of the hand-offs between zlib's
// thread and the event loop, and of the writes to the socket; gzipping the same 1.07 GB alone
// took 6.8 s instead of 9.3.
// compression hands its options to zlib's stream, which takes the high-water mark for both sides.
export const COMPRESSION_OPTIONS: CompressionOptions & Pick<TransformOptions, 'highWaterMark'> = {
  level: 1,
  chunkSize: 256 * 1024,
  highWaterMark: COMPRESSION_BUFFER_BYTES,
};
