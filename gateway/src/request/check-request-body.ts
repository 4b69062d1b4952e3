import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DEFECT_KINDS } from '../../../libs/reality/src/defect-kinds.js';
import { defectRateProblems } from '../../../libs/reality/src/defect-rate-overrides.js';
import { ApiError } from '../errors/api-error.js';
import { closestName } from './closest-name.js';
import { DEFAULT_LOCALE, LOCALES } from '../../../libs/api/src/locales.js';
import { MAX_DATASET_SIZE, MIN_DATASET_SIZE, rangeText } from '../../../libs/api/src/request-limits.js';

export interface CheckedBody<T> {
  request: T;
  issues: string[];
  suggestions: string[];
  // Fields whose own checks failed, so later checks of theirs can be skipped.
  invalidFields: ReadonlySet<string>;
}

// Checks a parsed body against a request class and its known fields, listing every problem at
// once: an unknown field is refused with the field it most likely meant, and each defect_rates
// entry is checked as sent. A body that is not an object is refused at once.
export function checkRequestBody<T extends object>(body: unknown, dto: new () => T, knownFields: readonly string[]): CheckedBody<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw ApiError.invalidPayload(['The request body must be a JSON object'], ['Send a JSON object, as in the documentation examples']);
  }
  const issues: string[] = [];
  const suggestions: string[] = [];
  for (const field of Object.keys(body)) {
    if (knownFields.includes(field)) continue;
    issues.push(`Unknown field "${field}"`);
    const guess = closestName(field, knownFields);
    suggestions.push(guess ? `Did you mean ${guess}?` : `Remove "${field}"; known fields are ${knownFields.join(', ')}`);
  }
  const request = plainToInstance(dto, body, { enableImplicitConversion: false });
  const errors = validateSync(request, { forbidUnknownValues: true, stopAtFirstError: true });
  for (const error of errors) {
    issues.push(...Object.values(error.constraints ?? {}).slice(0, 1));
  }
  const invalidFields = new Set(errors.map((error) => error.property));
  const locale = (body as { locale?: unknown }).locale;
  if (invalidFields.has('locale') && typeof locale === 'string') {
    // "de_DE" means the language's own locale ("de") more likely than the nearest spelling ("de_AT").
    const language = LOCALES.find((known) => known === locale.split(/[-_]/)[0]!.toLowerCase());
    const guess = language ?? closestName(locale.replace('-', '_'), LOCALES);
    suggestions.push(guess ? `Did you mean ${guess}?` : `Leave locale out for ${DEFAULT_LOCALE}, or send one of the listed locales`);
  }
  // Read from the body as sent: class-transformer would drop a key such as "__proto__".
  const defectRates = (body as { defect_rates?: unknown }).defect_rates;
  if (!invalidFields.has('defect_rates') && typeof defectRates === 'object' && defectRates !== null) {
    for (const problem of defectRateProblems(defectRates as Record<string, unknown>)) {
      issues.push(problem.message);
      if (!problem.unknownKind) continue;
      const guess = closestName(problem.kind, DEFECT_KINDS);
      suggestions.push(guess ? `Did you mean ${guess}?` : `Known defect kinds are ${DEFECT_KINDS.join(', ')}`);
    }
  }
  const datasetSizes = (body as { dataset_sizes?: unknown }).dataset_sizes;
  if (!invalidFields.has('dataset_sizes') && typeof datasetSizes === 'object' && datasetSizes !== null) {
    issues.push(...datasetSizeProblems(datasetSizes as Record<string, unknown>));
  }
  const sent = body as { plan?: unknown; schema?: unknown; dataset_sizes?: unknown };
  if (sent.plan !== undefined && sent.schema !== undefined) {
    issues.push('Send either plan or schema, not both');
    suggestions.push('A plan made from a schema already holds its tables: send the plan alone');
  }
  if (sent.dataset_sizes !== undefined && sent.schema === undefined && sent.plan === undefined) {
    issues.push('dataset_sizes sizes the tables of a schema or of a plan');
    suggestions.push('Send a schema with dataset_sizes, or leave dataset_sizes out');
  }
  return { request, issues, suggestions, invalidFields };
}

function datasetSizeProblems(sizes: Record<string, unknown>): string[] {
  return Object.entries(sizes).flatMap(([name, size]) =>
    Number.isInteger(size) && (size as number) >= MIN_DATASET_SIZE && (size as number) <= MAX_DATASET_SIZE
      ? []
      : [`dataset_sizes.${name} must be an integer ${rangeText(MIN_DATASET_SIZE, MAX_DATASET_SIZE)}`],
  );
}

// The request, or a 400 listing every problem.
export function acceptedRequest<T>({ request, issues, suggestions }: CheckedBody<T>): T {
  if (issues.length > 0) throw ApiError.invalidPayload(issues, suggestions);
  return request;
}
