import { describe, expect, it } from 'vitest';
import { downloadFileName } from './download-file-name';

describe('downloadFileName', () => {
  it('takes the stored name and extension from a link the gateway signed', () => {
    expect(downloadFileName('orders', 'http://127.0.0.1:3000/downloads/jobs/abc/orders.csv.gz?expires=1&signature=x')).toBe('orders.csv.gz');
    expect(downloadFileName('orders.defects', '/downloads/jobs/abc/orders.defects.ndjson?expires=1&signature=x')).toBe('orders.defects.ndjson');
  });

  it('keeps a Parquet part\'s dataset in its name, from an S3 presigned link too', () => {
    expect(downloadFileName('orders/part-00001.parquet', 'https://bucket.s3.amazonaws.com/jobs/abc/orders/part-00001.parquet?X-Amz-Signature=x')).toBe('orders-part-00001.parquet');
  });
});
