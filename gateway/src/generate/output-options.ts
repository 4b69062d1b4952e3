import { Embedding, type OutputFormat, type SqlDialect, type SqlOptions } from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import { OUTPUT_FORMAT_BY_NAME, SQL_DIALECT_BY_NAME } from '../../../libs/api/src/output-enums.js';
import { DEFAULT_OUTPUT_FORMAT, DEFAULT_SQL_DIALECT, type OutputFormatName } from '../../../libs/api/src/request-limits.js';
import type { GenerateRequestDto } from '../request/generate-request.dto.js';
import { sqlOptions } from '../request/sql-options.js';

export interface OutputOptions {
  name: OutputFormatName;
  format: OutputFormat;
  sqlDialect: SqlDialect;
  sqlOptions: SqlOptions;
  // JSON records sit in the envelope as an array; CSV and SQL text as a JSON string, which the
  // generator escapes for us so the gateway only copies bytes.
  embedding: Embedding;
  quoted: boolean;
}

export function outputOptions(request: GenerateRequestDto): OutputOptions {
  const name = request.output_format ?? DEFAULT_OUTPUT_FORMAT;
  const quoted = name !== 'json';
  return {
    name,
    format: OUTPUT_FORMAT_BY_NAME[name],
    sqlDialect: SQL_DIALECT_BY_NAME[request.sql_dialect ?? DEFAULT_SQL_DIALECT],
    sqlOptions: sqlOptions(request),
    embedding: quoted ? Embedding.EMBEDDING_JSON_STRING : Embedding.EMBEDDING_RAW,
    quoted,
  };
}
