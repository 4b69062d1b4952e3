import type { EncodingOptions } from './sharded-generation.js';

// Writes what surrounds the streamed dataset contents in one response shape (the documented
// JSON envelope, NDJSON, or one CSV file). The contents come from the generators already
// encoded as `encoding` asks.
export interface BodyWriter {
  readonly contentType: string;
  readonly encoding: EncodingOptions;
  writeHead(): Promise<void>;
  writeDatasetHead(index: number): Promise<void>;
  writeDatasetTail(index: number, records: number): Promise<void>;
  writeTail(): Promise<void>;
}
