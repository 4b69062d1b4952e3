import { checkRequestBody, acceptedRequest } from './check-request-body.js';
import { GENERATE_FIELDS, GenerateRequestDto } from './generate-request.dto.js';
import { sqlOutputProblems } from './sql-output-problems.js';

// The body of POST /api/generate and POST /api/plan, checked against the documented fields.
export function validateGenerateRequest(body: unknown): GenerateRequestDto {
  const checked = checkRequestBody(body, GenerateRequestDto, GENERATE_FIELDS);
  const sql = sqlOutputProblems(checked.request, checked.invalidFields);
  checked.issues.push(...sql.issues);
  checked.suggestions.push(...sql.suggestions);
  return acceptedRequest(checked);
}
