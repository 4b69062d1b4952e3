import { Embedding, OutputFormat, SqlDialect } from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import {
  DEFAULT_OUTPUT_FORMAT,
  DEFAULT_SQL_DIALECT,
  type OutputFormatName,
  type SqlDialectName,
} from '../../../libs/api/src/request-limits.js';
import type { GenerateRequestDto } from '../request/generate-request.dto.js';

export interface OutputOptions {
  name: OutputFormatName;
  format: OutputFormat;
  sqlDialect: SqlDialect;
  // JSON records sit in the envelope as an array; CSV and SQL text as a JSON string, which the
  // generator escapes for us so the gateway only copies bytes.
  embedding: Embedding;
  quoted: boolean;
}

const FORMATS: Record<OutputFormatName, OutputFormat> = { json: OutputFormat.OUTPUT_FORMAT_JSON, csv: OutputFormat.OUTPUT_FORMAT_CSV, sql: OutputFormat.OUTPUT_FORMAT_SQL };
const DIALECTS: Record<SqlDialectName, SqlDialect> = {
  postgres: SqlDialect.SQL_DIALECT_POSTGRES,
  mysql: SqlDialect.SQL_DIALECT_MYSQL,
  sqlite: SqlDialect.SQL_DIALECT_SQLITE,
};

export function outputOptions(request: GenerateRequestDto): OutputOptions {
  const name = request.output_format ?? DEFAULT_OUTPUT_FORMAT;
  const quoted = name !== 'json';
  return {
    name,
    format: FORMATS[name],
    sqlDialect: DIALECTS[request.sql_dialect ?? DEFAULT_SQL_DIALECT],
    embedding: quoted ? Embedding.EMBEDDING_JSON_STRING : Embedding.EMBEDDING_RAW,
    quoted,
  };
}
