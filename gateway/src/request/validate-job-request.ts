import { PARQUET_GZIP_PROBLEM } from '../../../libs/jobs/src/job-output.js';
import { webhookAddressProblem } from '../../../libs/jobs/src/webhook-address.js';
import { acceptedRequest, checkRequestBody } from './check-request-body.js';
import { JOB_FIELDS, JobRequestDto } from './job-request.dto.js';
import { sqlOutputProblems } from './sql-output-problems.js';

// The body of POST /api/jobs: the checks of /api/generate, then those only a job has. The
// webhook's address is resolved here, so a job that could never deliver is not queued.
export async function validateJobRequest(body: unknown, allowPrivateNetworks: boolean): Promise<JobRequestDto> {
  const checked = checkRequestBody(body, JobRequestDto, JOB_FIELDS);
  const { request, issues, suggestions, invalidFields } = checked;
  if (request.output_format === 'parquet' && request.compression === 'gzip') {
    issues.push(PARQUET_GZIP_PROBLEM);
    suggestions.push('Leave compression out, or "none", for parquet');
  }
  const sql = sqlOutputProblems(request, invalidFields);
  issues.push(...sql.issues);
  suggestions.push(...sql.suggestions);
  if (request.webhook_url !== undefined && !invalidFields.has('webhook_url')) {
    const problem = await webhookAddressProblem(request.webhook_url, allowPrivateNetworks);
    if (problem !== undefined) issues.push(problem);
  }
  return acceptedRequest(checked);
}
