import { checkRequestBody, acceptedRequest } from './check-request-body.js';
import { GENERATE_FIELDS, GenerateRequestDto } from './generate-request.dto.js';

// The body of POST /api/generate and POST /api/plan, checked against the documented fields.
export function validateGenerateRequest(body: unknown): GenerateRequestDto {
  return acceptedRequest(checkRequestBody(body, GenerateRequestDto, GENERATE_FIELDS));
}
