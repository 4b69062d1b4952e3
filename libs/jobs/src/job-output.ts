import { defectRateProblems } from '../../reality/src/defect-rate-overrides.js';
import { Compression, OutputFormat, SqlDialect } from '../../proto/src/grpc-js/datagen/v1/generator_service.js';
import type { JobOutput } from '../../proto/src/grpc-js/datagen/v1/job_service.js';
import { webhookAddressProblem } from './webhook-address.js';

// Parquet pages are compressed inside the file; gzip around it would only cost time.
export const PARQUET_GZIP_PROBLEM = 'compression "gzip" does not apply to parquet, whose pages are compressed inside the file';

// What CreateJob refuses in a job's output settings and webhook, for gRPC callers that skip
// the gateway's checks: one sentence per problem.
export async function jobOutputProblems(output: JobOutput, webhookUrl: string, allowPrivateNetworks: boolean): Promise<string[]> {
  const problems: string[] = [];
  if (!Object.values(OutputFormat).includes(output.format) || output.format === OutputFormat.OUTPUT_FORMAT_UNSPECIFIED) problems.push('output.format must be set to a known format.');
  if (output.format === OutputFormat.OUTPUT_FORMAT_SQL && (output.sqlDialect === SqlDialect.SQL_DIALECT_UNSPECIFIED || !Object.values(SqlDialect).includes(output.sqlDialect))) {
    problems.push('output.sql_dialect must be set for SQL output.');
  }
  if (output.sqlOptions?.copy === true && output.format === OutputFormat.OUTPUT_FORMAT_SQL && output.sqlDialect !== SqlDialect.SQL_DIALECT_POSTGRES) {
    problems.push('output.sql_options.copy writes COPY blocks, which only PostgreSQL reads: it needs SQL_DIALECT_POSTGRES.');
  }
  if (!Object.values(Compression).includes(output.compression)) problems.push('output.compression must be a known compression.');
  if (output.format === OutputFormat.OUTPUT_FORMAT_PARQUET && output.compression === Compression.COMPRESSION_GZIP) {
    problems.push(`${PARQUET_GZIP_PROBLEM}.`);
  }
  problems.push(...defectRateProblems(output.defectRates).map((problem) => `${problem.message}.`));
  if (webhookUrl !== '') {
    const problem = await webhookAddressProblem(webhookUrl, allowPrivateNetworks);
    if (problem) problems.push(problem);
  }
  return problems;
}
