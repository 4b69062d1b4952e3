import { describe, expect, it } from 'vitest';
import { loadS3ClientConfig } from './s3-store-config.js';

describe('loadS3ClientConfig', () => {
  it('defaults to AWS: us-east-1, virtual-hosted buckets, the default credential chain', () => {
    expect(loadS3ClientConfig({})).toMatchObject({ region: 'us-east-1', endpoint: undefined, forcePathStyle: false, credentials: undefined, maxAttempts: 3 });
  });

  it('addresses an S3-compatible endpoint path-style, with the keys of the environment given', () => {
    const config = loadS3ClientConfig({
      AWS_REGION: 'eu-west-3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      AWS_ACCESS_KEY_ID: 'id',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_MAX_ATTEMPTS: '1',
    });
    expect(config).toMatchObject({
      region: 'eu-west-3',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret', sessionToken: undefined },
      maxAttempts: 1,
    });
  });

  it('addresses AWS path-style when asked', () => {
    expect(loadS3ClientConfig({ S3_FORCE_PATH_STYLE: 'true' }).forcePathStyle).toBe(true);
  });
});
