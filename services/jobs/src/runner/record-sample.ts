import { gzipSync } from 'node:zlib';
import { Metadata } from '@grpc/grpc-js';
import { Compression, Content, Embedding, OutputFormat, type GeneratorServiceClient } from '../../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { JobOutput } from '../../../../libs/proto/src/nest/datagen/v1/job_service.js';
import type { Dataset, Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { GZIP_LEVEL } from '../../../../libs/jobs/src/file-types.js';
import type { LayoutFile } from '../store/job-store.js';

const SAMPLE_RECORDS = 2_000;
const SAMPLE_TIMEOUT_MS = 30_000;

// Bytes a record of the dataset takes in the job's file, from its first records as a
// generator streams them (gzipped when the job is), to size shards for stores with a minimum
// part size. A sample of a file with no bytes (a manifest without defects) gives 0.
export async function sampleBytesPerRecord(client: GeneratorServiceClient, plan: Plan, dataset: Dataset, output: JobOutput, content: LayoutFile['content']): Promise<number> {
  const count = Math.min(SAMPLE_RECORDS, dataset.size);
  if (count === 0) return 0;
  const manifest = content === 'manifest';
  const chunks: Buffer[] = [];
  const call = client.generateRecords(
    {
      plan,
      dataset: dataset.name,
      offset: 0,
      count,
      format: manifest ? OutputFormat.OUTPUT_FORMAT_NDJSON : output.format,
      sqlDialect: output.sqlDialect,
      sqlOptions: output.sqlOptions,
      batchSize: 0,
      embedding: Embedding.EMBEDDING_RAW,
      content: manifest ? Content.CONTENT_DEFECT_MANIFEST : Content.CONTENT_RECORDS,
      defectRates: output.defectRates,
      outputEnd: 0,
    },
    new Metadata(),
    { deadline: new Date(Date.now() + SAMPLE_TIMEOUT_MS) },
  );
  for await (const batch of call) chunks.push(Buffer.from((batch as { data: Uint8Array }).data));
  const bytes = Buffer.concat(chunks);
  const stored = output.compression === Compression.COMPRESSION_GZIP ? gzipSync(bytes, { level: GZIP_LEVEL }).length : bytes.length;
  return stored / count;
}
