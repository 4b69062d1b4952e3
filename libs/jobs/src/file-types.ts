import { Compression, OutputFormat } from '../../proto/src/grpc-js/datagen/v1/generator_service.js';

// What a job's file is called and served as, by output format and compression.
interface FileType {
  readonly extension: string;
  readonly contentType: string;
}

const BY_FORMAT: Partial<Record<OutputFormat, FileType>> = {
  [OutputFormat.OUTPUT_FORMAT_JSON]: { extension: 'json', contentType: 'application/json' },
  [OutputFormat.OUTPUT_FORMAT_NDJSON]: { extension: 'ndjson', contentType: 'application/x-ndjson' },
  [OutputFormat.OUTPUT_FORMAT_CSV]: { extension: 'csv', contentType: 'text/csv; charset=utf-8' },
  [OutputFormat.OUTPUT_FORMAT_SQL]: { extension: 'sql', contentType: 'application/sql' },
  [OutputFormat.OUTPUT_FORMAT_PARQUET]: { extension: 'parquet', contentType: 'application/vnd.apache.parquet' },
};

const GZIP: FileType = { extension: 'gz', contentType: 'application/gzip' };

export function fileType(format: OutputFormat, compression: Compression): FileType {
  const type = BY_FORMAT[format];
  if (!type) throw new Error(`No file type for output format ${format}`);
  if (compression !== Compression.COMPRESSION_GZIP) return type;
  return { extension: `${type.extension}.${GZIP.extension}`, contentType: GZIP.contentType };
}
