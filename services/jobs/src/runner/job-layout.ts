import type { ArtifactStore } from '../../../../libs/artifacts/src/artifact-store.js';
import { MIN_MULTIPART_PART_BYTES } from '../../../../libs/artifacts/src/s3-artifact-store.js';
import { contentTypeForFileName } from '../../../../libs/jobs/src/file-content-types.js';
import { fileExtension } from '../../../../libs/jobs/src/file-types.js';
import { OutputFormat } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import type { JobOutput } from '../../../../libs/proto/src/nest/datagen/v1/job_service.js';
import type { Dataset, Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { JobLayout, LayoutFile, LayoutShard } from '../store/job-store.js';

// A part of a multipart upload but the last must hold at least 5 MiB (S3's rule). Shards for
// such a store are sized from a sample to about three times that, so a dataset whose records
// are smaller than the sample suggests still clears it.
const MULTIPART_TARGET_BYTES = 3 * MIN_MULTIPART_PART_BYTES;

// A Parquet part is built whole in the generator's memory before it is stored.
export const PARQUET_MAX_SHARD_RECORDS = 100_000;

export interface LayoutSettings {
  readonly shardRecords: number;
  // Bytes a record of the dataset takes in the file, as the job writes it (compressed or not),
  // from a sample; asked only when the store assembles files from numbered parts.
  readonly bytesPerRecord: (dataset: Dataset, content: LayoutFile['content']) => Promise<number>;
}

export const jobPrefix = (jobId: string) => `jobs/${jobId}/`;

// Everything of a job in the store: the multipart uploads its layout opened, and its folder.
export async function removeJobFiles(store: ArtifactStore, jobId: string, layout: JobLayout | undefined): Promise<void> {
  for (const file of layout?.files ?? []) {
    if (file.uploadId !== undefined) await store.abandonFile({ key: file.artifactKey, uploadId: file.uploadId });
  }
  await store.removePrefix(jobPrefix(jobId));
}

// The files of a job and their shards. Decided once, the first time the job runs, and stored:
// a resumed job writes the same shards to the same keys (and the same multipart uploads).
export async function planLayout(jobId: string, plan: Plan, output: JobOutput, store: ArtifactStore, settings: LayoutSettings): Promise<JobLayout> {
  const files: LayoutFile[] = [];
  const extension = fileExtension(output.format, output.compression);
  const prefix = jobPrefix(jobId);
  for (const dataset of plan.datasets) {
    if (output.format === OutputFormat.OUTPUT_FORMAT_PARQUET) {
      const records = Math.min(settings.shardRecords, PARQUET_MAX_SHARD_RECORDS);
      splitRange(dataset.size, records).forEach((shard, index) => {
        const part = `part-${String(index).padStart(5, '0')}.parquet`;
        files.push({
          name: `${dataset.name}/${part}`,
          dataset: dataset.name,
          content: 'records',
          artifactKey: `${prefix}${dataset.name}/${part}`,
          contentType: contentTypeForFileName(part),
          fileName: `${dataset.name}-${part}`,
          shards: [shard],
        });
      });
    } else {
      files.push(await wholeFile(dataset, 'records', dataset.name, `${dataset.name}.${extension}`));
    }
    if (output.includeDefects) {
      const manifest = fileExtension(OutputFormat.OUTPUT_FORMAT_NDJSON, output.compression);
      files.push(await wholeFile(dataset, 'manifest', `${dataset.name}.defects`, `${dataset.name}.defects.${manifest}`));
    }
  }
  return { files };

  async function wholeFile(dataset: Dataset, content: LayoutFile['content'], name: string, fileName: string): Promise<LayoutFile> {
    const upload = await store.beginFile(`${prefix}${fileName}`);
    let records = settings.shardRecords;
    if (upload.uploadId !== undefined) {
      const bytesPerRecord = await settings.bytesPerRecord(dataset, content);
      records = bytesPerRecord > 0 ? Math.max(records, Math.ceil(MULTIPART_TARGET_BYTES / bytesPerRecord)) : dataset.size;
    }
    return {
      name,
      dataset: dataset.name,
      content,
      artifactKey: upload.key,
      uploadId: upload.uploadId,
      contentType: contentTypeForFileName(fileName),
      fileName,
      shards: splitRange(dataset.size, records),
    };
  }
}

// An empty dataset is still one shard: its file holds the format's preamble and closing.
function splitRange(size: number, records: number): LayoutShard[] {
  if (size === 0) return [{ offset: 0, count: 0 }];
  const shards: LayoutShard[] = [];
  for (let offset = 0; offset < size; offset += records) shards.push({ offset, count: Math.min(records, size - offset) });
  return shards;
}
