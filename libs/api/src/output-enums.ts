import { Compression, OutputFormat, SqlDialect } from '../../proto/src/grpc-js/datagen/v1/generator_service.js';
import type { CompressionName, JobOutputFormatName, SqlDialectName } from './request-limits.js';

// The API's names for output options and the datagen.v1 enums they stand for, both ways: the
// gateway turns a request's names into enums, and a job's REST view names its enums back.
export const OUTPUT_FORMAT_BY_NAME: Readonly<Record<JobOutputFormatName, OutputFormat>> = {
  json: OutputFormat.OUTPUT_FORMAT_JSON,
  ndjson: OutputFormat.OUTPUT_FORMAT_NDJSON,
  csv: OutputFormat.OUTPUT_FORMAT_CSV,
  sql: OutputFormat.OUTPUT_FORMAT_SQL,
  parquet: OutputFormat.OUTPUT_FORMAT_PARQUET,
};

export const SQL_DIALECT_BY_NAME: Readonly<Record<SqlDialectName, SqlDialect>> = {
  postgres: SqlDialect.SQL_DIALECT_POSTGRES,
  mysql: SqlDialect.SQL_DIALECT_MYSQL,
  sqlite: SqlDialect.SQL_DIALECT_SQLITE,
};

export const COMPRESSION_BY_NAME: Readonly<Record<CompressionName, Compression>> = {
  none: Compression.COMPRESSION_NONE,
  gzip: Compression.COMPRESSION_GZIP,
};

const OUTPUT_FORMAT_NAMES = new Map(Object.entries(OUTPUT_FORMAT_BY_NAME).map(([name, format]) => [format, name as JobOutputFormatName]));

export function outputFormatName(format: OutputFormat): JobOutputFormatName {
  const name = OUTPUT_FORMAT_NAMES.get(format);
  if (name === undefined) throw new Error(`No API name for output format ${format}`);
  return name;
}
