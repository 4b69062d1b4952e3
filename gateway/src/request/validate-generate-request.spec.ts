import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { validateGenerateRequest } from './validate-generate-request.js';

function refusal(body: unknown) {
  try {
    validateGenerateRequest(body);
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: error.body };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('validateGenerateRequest', () => {
  it('accepts the documented cURL example', () => {
    const request = validateGenerateRequest({
      api_key: 'sk-your-openai-api-key',
      prompt: 'Healthcare system with patients and appointments',
      datasets: 2,
      dataset_size: 800,
      reality: 2,
      output_format: 'json',
    });
    expect(request.dataset_size).toBe(800);
  });

  it('refuses an unknown field and suggests the one meant', () => {
    expect(refusal({ prompt: 'x', datset_size: 10 })).toEqual({
      status: 400,
      body: { error: 'Invalid request payload', issues: ['Unknown field "datset_size"'], suggestions: ['Did you mean dataset_size?'] },
    });
  });

  it('does not coerce numbers sent as strings', () => {
    expect(refusal({ prompt: 'x', datasets: '2' }).body).toMatchObject({
      issues: ['datasets must be an integer from 1 to 5'],
    });
  });

  it.each([
    [{ prompt: 'x', datasets: 6 }, 'datasets must be an integer from 1 to 5'],
    [{ prompt: 'x', datasets: 0 }, 'datasets must be an integer from 1 to 5'],
    [{ prompt: 'x', dataset_size: 5_000_001 }, 'dataset_size must be an integer from 1 to 5,000,000'],
    [{ prompt: 'x', dataset_size: 1.5 }, 'dataset_size must be an integer from 1 to 5,000,000'],
    [{ prompt: 'x', reality: 11 }, 'reality must be an integer from 0 to 10'],
    [{ prompt: 'x', output_format: 'xml' }, 'output_format must be one of "json", "csv", "sql"'],
    [{ prompt: 'x', output_format: 'JSON' }, 'output_format must be one of "json", "csv", "sql"'],
    [{ prompt: 'x', sql_dialect: 'oracle' }, 'sql_dialect must be one of "postgres", "mysql", "sqlite"'],
    [{ prompt: 'x', seed: -1 }, `seed must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}`],
    [{}, 'prompt is required and must be a string'],
    [{ prompt: '' }, 'prompt must not be empty'],
  ])('refuses %j', (body, issue) => {
    const answer = refusal(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'Invalid request payload', issues: [issue] });
  });

  it.each([[null], [[1, 2]], ['text'], [42]])('refuses a body that is not an object: %j', (body) => {
    expect(refusal(body).status).toBe(400);
  });
});

describe('validateGenerateRequest with defect_rates', () => {
  it('accepts rates of documented kinds from 0 to 1, as sent', () => {
    expect(validateGenerateRequest({ prompt: 'x', reality: 0, defect_rates: { null: 0.2, typo: 0.05, outlier: 0, case: 1 } }).defect_rates).toEqual({
      null: 0.2,
      typo: 0.05,
      outlier: 0,
      case: 1,
    });
  });

  it('refuses an unknown kind and suggests the closest one', () => {
    expect(refusal({ prompt: 'x', defect_rates: { nulls: 0.2, duplicate_rows: 0.1 } })).toEqual({
      status: 400,
      body: {
        error: 'Invalid request payload',
        issues: ['Unknown defect kind "nulls" in defect_rates', 'Unknown defect kind "duplicate_rows" in defect_rates'],
        suggestions: ['Did you mean null?', 'Did you mean duplicate_row?'],
      },
    });
  });

  it('names the known kinds when none is close, even for a key class-transformer would drop', () => {
    expect(refusal({ prompt: 'x', defect_rates: JSON.parse('{"__proto__": 0.5}') as unknown }).body).toMatchObject({
      issues: ['Unknown defect kind "__proto__" in defect_rates'],
      suggestions: [expect.stringMatching(/^Known defect kinds are null, empty_string, .*near_duplicate_row, broken_rule$/)],
    });
  });

  it.each([
    [{ null: 1.01 }, 'defect_rates.null must be a number from 0 to 1'],
    [{ typo: -0.1 }, 'defect_rates.typo must be a number from 0 to 1'],
    [{ typo: '0.1' }, 'defect_rates.typo must be a number from 0 to 1'],
    [{ typo: null }, 'defect_rates.typo must be a number from 0 to 1'],
  ])('refuses the rates %j', (rates, issue) => {
    expect(refusal({ prompt: 'x', defect_rates: rates }).body).toEqual({ error: 'Invalid request payload', issues: [issue], suggestions: [] });
  });

  it.each([[[0.2]], [0.2], ['null'], [null]])('refuses defect_rates that are not an object: %j', (rates) => {
    expect(refusal({ prompt: 'x', defect_rates: rates }).body).toEqual({
      error: 'Invalid request payload',
      issues: ['defect_rates must be an object of defect kinds and rates from 0 to 1, e.g. {"null": 0.2}'],
      suggestions: [],
    });
  });
});

describe('validateGenerateRequest with null', () => {
  it('refuses null for an optional field instead of treating it as absent', () => {
    expect(refusal({ prompt: 'x', datasets: null }).body).toMatchObject({ issues: ['datasets must be an integer from 1 to 5'] });
    expect(refusal({ prompt: 'x', api_key: null }).body).toMatchObject({ issues: ['api_key must be a string'] });
  });
});
