import { encode, type ByteSink, type Token } from '../engine/byte-sink.js';

// The bytes an output format puts around records and between their values. What goes around
// a record depends only on its absolute index and the dataset size, so any range of records
// encodes to exactly the bytes it has inside the whole document.
export interface RecordEncoder {
  // Written before record 0 (and alone, with the closing, for an empty dataset).
  readonly preamble: Token;
  recordStart(index: number): Token;
  // Written before each column's value, by column position.
  readonly separators: readonly Token[];
  recordEnd(index: number): Token;
  // Written after the last record.
  readonly closing: Token;
  // Rewrites in place the records of a batch, written into `sink` from `from`, for a format
  // whose values are written in another format's syntax first (PostgreSQL's COPY text from
  // SQL literals); unset when the records are written as they stand. Record boundaries are
  // batch boundaries, so rewritten batches still concatenate to the whole.
  rewrite?(sink: ByteSink, from: number): void;
}

export const NOTHING = encode('');
