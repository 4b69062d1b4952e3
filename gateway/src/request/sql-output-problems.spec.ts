import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { validateDdlRequest } from './validate-ddl-request.js';
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

describe('sql_ddl and sql_copy', () => {
  it('are accepted with sql output, COPY with the postgres dialect only', async () => {
    expect(validateGenerateRequest({ prompt: 'x', output_format: 'sql', sql_ddl: false, sql_copy: true }).sql_copy).toBe(true);
    expect(validateGenerateRequest({ prompt: 'x', output_format: 'sql', sql_dialect: 'mysql', sql_ddl: false, sql_copy: false }).sql_ddl).toBe(false);
    expect((await validateJobRequest({ prompt: 'x', output_format: 'sql', sql_copy: true }, false)).sql_copy).toBe(true);
  });

  it('are refused with another format, saying which format they need', async () => {
    expect(await refusal(() => validateGenerateRequest({ prompt: 'x', sql_ddl: false }))).toEqual({
      status: 400,
      body: {
        error: 'Invalid request payload',
        issues: ['sql_ddl applies to output_format "sql" only; output_format is "json"'],
        suggestions: ['Remove sql_ddl, or set output_format to "sql"'],
      },
    });
    expect((await refusal(() => validateJobRequest({ prompt: 'x', output_format: 'parquet', sql_copy: false }, false))).body).toMatchObject({
      issues: ['sql_copy applies to output_format "sql" only; output_format is "parquet"'],
    });
  });

  it('refuse COPY in another dialect, and values that are not booleans', async () => {
    expect((await refusal(() => validateGenerateRequest({ prompt: 'x', output_format: 'sql', sql_dialect: 'sqlite', sql_copy: true }))).body).toEqual({
      error: 'Invalid request payload',
      issues: ['sql_copy writes COPY ... FROM stdin blocks, which only PostgreSQL reads; sql_dialect is "sqlite"'],
      suggestions: ['Set sql_dialect to "postgres", or remove sql_copy for INSERT statements'],
    });
    expect((await refusal(() => validateGenerateRequest({ prompt: 'x', output_format: 'sql', sql_ddl: 'no' }))).body).toMatchObject({
      issues: ['sql_ddl must be true or false'],
    });
  });
});

describe('validateDdlRequest', () => {
  it("takes /api/plan's fields and the dialect, and refuses an output's options", async () => {
    expect(validateDdlRequest({ prompt: 'x', sql_dialect: 'mysql', reality: 7, defect_rates: { null: 0.1 } }).sql_dialect).toBe('mysql');
    expect((await refusal(() => validateDdlRequest({ prompt: 'x', sql_ddl: false }))).body).toMatchObject({ issues: ['Unknown field "sql_ddl"'] });
    expect((await refusal(() => validateDdlRequest({ prompt: 'x', sql_dialect: 'oracle' }))).body).toMatchObject({
      issues: ['sql_dialect must be one of "postgres", "mysql", "sqlite"'],
    });
  });
});
