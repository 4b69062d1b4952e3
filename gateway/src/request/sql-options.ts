import type { SqlOptions } from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import { DEFAULT_SQL_COPY, DEFAULT_SQL_DDL } from '../../../libs/api/src/request-limits.js';
import type { GenerationFieldsDto } from './generate-request.dto.js';

// What the generators are told of sql_ddl and sql_copy, for a response and for a job's files.
export function sqlOptions(request: GenerationFieldsDto): SqlOptions {
  return { dataOnly: !(request.sql_ddl ?? DEFAULT_SQL_DDL), copy: request.sql_copy ?? DEFAULT_SQL_COPY };
}
