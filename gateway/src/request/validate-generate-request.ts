import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DEFECT_KINDS } from '../../../libs/reality/src/defect-kinds.js';
import { defectRateProblems } from '../../../libs/reality/src/defect-rate-overrides.js';
import { ApiError } from '../errors/api-error.js';
import { closestName } from './closest-name.js';
import { GenerateRequestDto, KNOWN_FIELDS } from './generate-request.dto.js';

// Checks a parsed body against the documented fields: every problem is listed at once, and an
// unknown field is refused with the field it most likely meant.
export function validateGenerateRequest(body: unknown): GenerateRequestDto {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw ApiError.invalidPayload(['The request body must be a JSON object'], ['Send a JSON object, as in the documentation examples']);
  }
  const issues: string[] = [];
  const suggestions: string[] = [];
  for (const field of Object.keys(body)) {
    if (KNOWN_FIELDS.includes(field)) continue;
    issues.push(`Unknown field "${field}"`);
    const guess = closestName(field, KNOWN_FIELDS);
    suggestions.push(guess ? `Did you mean ${guess}?` : `Remove "${field}"; known fields are ${KNOWN_FIELDS.join(', ')}`);
  }
  const request = plainToInstance(GenerateRequestDto, body, { enableImplicitConversion: false });
  const errors = validateSync(request, { forbidUnknownValues: true, stopAtFirstError: true });
  for (const error of errors) {
    issues.push(...Object.values(error.constraints ?? {}).slice(0, 1));
  }
  // Read from the body as sent: class-transformer would drop a key such as "__proto__".
  const defectRates = (body as { defect_rates?: unknown }).defect_rates;
  if (!errors.some((error) => error.property === 'defect_rates') && typeof defectRates === 'object' && defectRates !== null) {
    for (const problem of defectRateProblems(defectRates as Record<string, unknown>)) {
      issues.push(problem.message);
      if (!problem.unknownKind) continue;
      const guess = closestName(problem.kind, DEFECT_KINDS);
      suggestions.push(guess ? `Did you mean ${guess}?` : `Known defect kinds are ${DEFECT_KINDS.join(', ')}`);
    }
  }
  if (issues.length > 0) throw ApiError.invalidPayload(issues, suggestions);
  return request;
}
