import { COMPRESSION_BY_NAME, OUTPUT_FORMAT_BY_NAME, SQL_DIALECT_BY_NAME } from '../../../libs/api/src/output-enums.js';
import { DEFAULT_COMPRESSION, DEFAULT_OUTPUT_FORMAT, DEFAULT_SQL_DIALECT } from '../../../libs/api/src/request-limits.js';
import type { JobOutput } from '../../../libs/proto/src/grpc-js/datagen/v1/job_service.js';
import type { JobRequestDto } from '../request/job-request.dto.js';
import { sqlOptions } from '../request/sql-options.js';

// How a job's files are written, from its request's names and the API's defaults.
export function jobOutput(request: JobRequestDto): JobOutput {
  return {
    format: OUTPUT_FORMAT_BY_NAME[request.output_format ?? DEFAULT_OUTPUT_FORMAT],
    sqlDialect: SQL_DIALECT_BY_NAME[request.sql_dialect ?? DEFAULT_SQL_DIALECT],
    compression: COMPRESSION_BY_NAME[request.compression ?? DEFAULT_COMPRESSION],
    includeDefects: request.include_defects ?? false,
    defectRates: request.defect_rates ?? {},
    sqlOptions: sqlOptions(request),
  };
}
