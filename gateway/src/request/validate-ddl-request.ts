import { acceptedRequest, checkRequestBody } from './check-request-body.js';
import { DDL_FIELDS, DdlRequestDto } from './ddl-request.dto.js';

// The body of POST /api/ddl, checked against its documented fields.
export function validateDdlRequest(body: unknown): DdlRequestDto {
  return acceptedRequest(checkRequestBody(body, DdlRequestDto, DDL_FIELDS));
}
