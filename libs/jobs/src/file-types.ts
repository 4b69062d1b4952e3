import { Compression, OutputFormat } from '../../proto/src/grpc-js/datagen/v1/generator_service.js';

// How shards are gzipped: generators write with it, the coordinator sizes S3 parts by it. On
// 100,000 orders (bench/reference-plans.ts), level 6 made files 11-16% smaller than level 1
// (NDJSON 4.3 against 5.1 MB of 21 MB, CSV 3.6 against 4.0 MB of 10 MB) for 2.3-2.9 times the
// compression CPU: as much as generating the records took, where level 1 took a third of it.
// The generator's CPU is what a job costs, so the faster level wins.
export const GZIP_LEVEL = 1;

const EXTENSIONS: Partial<Record<OutputFormat, string>> = {
  [OutputFormat.OUTPUT_FORMAT_JSON]: 'json',
  [OutputFormat.OUTPUT_FORMAT_NDJSON]: 'ndjson',
  [OutputFormat.OUTPUT_FORMAT_CSV]: 'csv',
  [OutputFormat.OUTPUT_FORMAT_SQL]: 'sql',
  [OutputFormat.OUTPUT_FORMAT_PARQUET]: 'parquet',
};

// The extension of a job's file, by output format and compression ("csv", "csv.gz"); the
// type it is served as follows from it (file-content-types.ts).
export function fileExtension(format: OutputFormat, compression: Compression): string {
  const extension = EXTENSIONS[format];
  if (!extension) throw new Error(`No file extension for output format ${format}`);
  return compression === Compression.COMPRESSION_GZIP ? `${extension}.gz` : extension;
}
