import { GENERATION_FIELDS, GenerationFieldsDto } from './generate-request.dto.js';

// The body of POST /api/ddl: what POST /api/plan takes to make the plan (prompt or plan, sizes,
// reality, seed, defect_rates), and the dialect. The options of a generation's output (format,
// sql_ddl, sql_copy, defect manifests) have no say in a schema, so they are refused as unknown.
export class DdlRequestDto extends GenerationFieldsDto {}

const OUTPUT_ONLY_FIELDS: readonly string[] = ['output_format', 'include_defects', 'sql_ddl', 'sql_copy'];

export const DDL_FIELDS: readonly string[] = GENERATION_FIELDS.filter((field) => !OUTPUT_ONLY_FIELDS.includes(field));
