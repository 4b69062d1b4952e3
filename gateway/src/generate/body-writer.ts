import type { BatchStats } from '../../../libs/envelope/src/batch-stats.js';
import type { EncodingOptions } from './sharded-generation.js';

// A dataset's defect manifest as the generators stream it: NDJSON, one defect per line.
export type ManifestLines = AsyncIterable<Uint8Array>;

// Writes what surrounds the streamed dataset contents in one response shape (the documented
// JSON envelope, NDJSON, or one CSV file). The contents come from the generators already
// encoded as `encoding` asks.
export interface BodyWriter {
  readonly contentType: string;
  readonly encoding: EncodingOptions;
  writeHead(): Promise<void>;
  writeDatasetHead(index: number): Promise<void>;
  // Closes a dataset's content, after checking it arrived whole; then its manifest, if asked.
  writeDatasetTail(index: number, stats: BatchStats, manifest?: ManifestLines): Promise<void>;
  writeTail(): Promise<void>;
}
