import { Compression, OutputFormat } from '../../proto/src/grpc-js/datagen/v1/generator_service.js';

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
