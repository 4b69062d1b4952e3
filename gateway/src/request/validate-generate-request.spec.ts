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

describe('validateGenerateRequest with null', () => {
  it('refuses null for an optional field instead of treating it as absent', () => {
    expect(refusal({ prompt: 'x', datasets: null }).body).toMatchObject({ issues: ['datasets must be an integer from 1 to 5'] });
    expect(refusal({ prompt: 'x', api_key: null }).body).toMatchObject({ issues: ['api_key must be a string'] });
  });
});
