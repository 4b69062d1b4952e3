import { DEFAULT_OUTPUT_FORMAT, DEFAULT_SQL_DIALECT, SQL_COPY_DIALECT } from '../../../libs/api/src/request-limits.js';

interface SqlOutputFields {
  output_format?: string;
  sql_dialect?: string;
  sql_ddl?: boolean;
  sql_copy?: boolean;
}

// sql_ddl and sql_copy shape SQL output only, and COPY blocks are PostgreSQL's: sent with
// another format or dialect they would be silently ignored, so they are refused instead.
// Fields whose own checks failed are left to those.
export function sqlOutputProblems(request: SqlOutputFields, invalidFields: ReadonlySet<string>): { issues: string[]; suggestions: string[] } {
  const issues: string[] = [];
  const suggestions: string[] = [];
  if (invalidFields.has('output_format') || invalidFields.has('sql_dialect')) return { issues, suggestions };
  const format = request.output_format ?? DEFAULT_OUTPUT_FORMAT;
  for (const field of ['sql_ddl', 'sql_copy'] as const) {
    if (request[field] === undefined || invalidFields.has(field) || format === 'sql') continue;
    issues.push(`${field} applies to output_format "sql" only; output_format is "${format}"`);
    suggestions.push(`Remove ${field}, or set output_format to "sql"`);
  }
  const dialect = request.sql_dialect ?? DEFAULT_SQL_DIALECT;
  if (format === 'sql' && request.sql_copy === true && dialect !== SQL_COPY_DIALECT) {
    issues.push(`sql_copy writes COPY ... FROM stdin blocks, which only PostgreSQL reads; sql_dialect is "${dialect}"`);
    suggestions.push(`Set sql_dialect to "${SQL_COPY_DIALECT}", or remove sql_copy for INSERT statements`);
  }
  return { issues, suggestions };
}
