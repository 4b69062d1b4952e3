import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { validateGenerateRequest } from './validate-generate-request.js';
import { validateJobRequest } from './validate-job-request.js';

async function refusal(body: unknown, allowPrivateNetworks = false) {
  try {
    await validateJobRequest(body, allowPrivateNetworks);
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: error.body };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('validateJobRequest', () => {
  it('accepts every /api/generate field, the file formats, compression and a public webhook', async () => {
    const request = await validateJobRequest(
      {
        prompt: 'Shop with customers and orders',
        datasets: 2,
        dataset_size: 1_000_000,
        reality: 3,
        output_format: 'ndjson',
        seed: 7,
        include_defects: true,
        defect_rates: { typo: 0.1 },
        compression: 'gzip',
        webhook_url: 'https://203.0.113.10/hooks/datagen',
      },
      false,
    );
    expect(request).toMatchObject({ output_format: 'ndjson', compression: 'gzip', webhook_url: 'https://203.0.113.10/hooks/datagen' });
    expect((await validateJobRequest({ prompt: 'x', output_format: 'parquet' }, false)).output_format).toBe('parquet');
  });

  it('keeps parquet and ndjson to jobs: /api/generate still refuses them', () => {
    expect(() => validateGenerateRequest({ prompt: 'x', output_format: 'parquet' })).toThrow('output_format must be one of "json", "csv", "sql"');
  });

  it('lists every problem at once, the webhook address among them, with the same words as /api/generate', async () => {
    expect(await refusal({ prompt: 'x', datasets: 9, output_format: 'xml', compression: 'zip', webhook_url: 'http://127.0.0.1:9000/hook', webhookurl: 1 })).toEqual({
      status: 400,
      body: {
        error: 'Invalid request payload',
        issues: [
          'Unknown field "webhookurl"',
          'output_format must be one of "json", "ndjson", "csv", "sql", "parquet"',
          'compression must be one of "none", "gzip"',
          'datasets must be an integer from 1 to 5',
          "webhook_url's host 127.0.0.1 is a loopback address; webhooks to such addresses are refused unless WEBHOOK_ALLOW_PRIVATE_NETWORKS=true",
        ],
        suggestions: ['Did you mean webhook_url?'],
      },
    });
  });

  it('accepts a private webhook address when the deployment allows it', async () => {
    expect((await validateJobRequest({ prompt: 'x', webhook_url: 'http://127.0.0.1:9000/hook' }, true)).webhook_url).toBe('http://127.0.0.1:9000/hook');
  });

  it.each([
    [{ prompt: 'x', webhook_url: 42 }, 'webhook_url must be a string'],
    [{ prompt: 'x', webhook_url: `https://203.0.113.10/${'a'.repeat(2048)}` }, 'webhook_url must be at most 2,048 characters'],
    [{ prompt: 'x', webhook_url: 'ftp://203.0.113.10/hook' }, 'webhook_url must be an http or https URL'],
    [{ prompt: 'x', output_format: 'parquet', compression: 'gzip' }, 'compression "gzip" does not apply to parquet, whose pages are compressed inside the file'],
  ])('refuses %j', async (body, issue) => {
    expect((await refusal(body)).body).toMatchObject({ issues: [issue] });
  });
});
