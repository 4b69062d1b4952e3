import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../libs/api/src/locales.js';
import { ApiError } from '../errors/api-error.js';
import { validateGenerateRequest } from './validate-generate-request.js';
import { validateJobRequest } from './validate-job-request.js';

async function refusal(validate: () => unknown) {
  try {
    await validate();
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: error.body };
    throw error;
  }
  throw new Error('expected a refusal');
}

const LISTED = `locale must be one of ${LOCALES.map((locale) => `"${locale}"`).join(', ')}`;

describe('the locale of a request', () => {
  it('accepts every listed locale', () => {
    for (const locale of LOCALES) expect(validateGenerateRequest({ prompt: 'x', locale }).locale).toBe(locale);
  });

  it('refuses another one in the documented shape, listing the accepted ones and the one meant', async () => {
    expect(await refusal(() => validateGenerateRequest({ prompt: 'x', locale: 'de_DE' }))).toEqual({
      status: 400,
      body: { error: 'Invalid request payload', issues: [LISTED], suggestions: ['Did you mean de?'] },
    });
    expect((await refusal(() => validateJobRequest({ prompt: 'x', locale: 'klingon' }, false))).body).toEqual({
      error: 'Invalid request payload',
      issues: [LISTED],
      suggestions: ['Leave locale out for en_US, or send one of the listed locales'],
    });
  });

  it('refuses a locale that is not a string', async () => {
    expect((await refusal(() => validateGenerateRequest({ prompt: 'x', locale: 7 }))).body).toMatchObject({ issues: [LISTED] });
  });
});
