import { describe, expect, it } from 'vitest';
import { BatchStats } from '../../envelope/src/batch-stats.js';
import { responseMetadata } from '../../envelope/src/response-metadata.js';
import { Compression, OutputFormat, SqlDialect, type BatchChecks } from '../../proto/src/grpc-js/datagen/v1/generator_service.js';
import { Job, type JobFile, JobStatus } from '../../proto/src/grpc-js/datagen/v1/job_service.js';
import { Plan } from '../../proto/src/grpc-js/datagen/v1/plan.js';
import { jobView } from './job-view.js';

const PLAN = Plan.fromPartial({
  datasets: [
    { name: 'customers', size: 300, fields: [{ name: 'id' }, { name: 'email' }] },
    { name: 'orders', size: 500, fields: [{ name: 'id' }, { name: 'customer_id' }, { name: 'total' }] },
  ],
  seed: 123456789,
  realityLevel: 4,
  warnings: ['Reduced datasets to 2'],
  prompt: 'Shop with customers and orders',
  planner: 'builtin',
});

const CHECKS: Record<string, BatchChecks> = {
  customers: { values: 600, typeMismatches: 3, duplicateKeys: 2, references: 0, orphanReferences: 0, requiredValues: 600, missingValues: 9, failingRecords: 12 },
  orders: { values: 1500, typeMismatches: 1, duplicateKeys: 0, references: 500, orphanReferences: 4, requiredValues: 1500, missingValues: 0, failingRecords: 5 },
};
const DEFECTS: Record<string, Record<string, number>> = { customers: { typo: 7, null: 9 }, orders: { orphan_reference: 4, case: 2 } };

const CREATED = new Date('2026-03-01T10:00:00.250Z');
const STARTED = new Date('2026-03-01T10:00:01.900Z');
const FINISHED = new Date('2026-03-01T10:00:09.100Z');

function file(name: string, artifactKey: string): JobFile {
  return { name, artifactKey, size: 10, contentType: 'text/csv', fileName: artifactKey.split('/').pop()!, pieceKeys: [] };
}

function completedJob(): Job {
  return Job.fromPartial({
    jobId: 'a1b2',
    status: JobStatus.JOB_STATUS_COMPLETED,
    createdAt: CREATED,
    updatedAt: FINISHED,
    startedAt: STARTED,
    finishedAt: FINISHED,
    plan: PLAN,
    output: {
      format: OutputFormat.OUTPUT_FORMAT_CSV,
      sqlDialect: SqlDialect.SQL_DIALECT_UNSPECIFIED,
      compression: Compression.COMPRESSION_NONE,
      includeDefects: true,
      defectRates: { typo: 0.05 },
    },
    progress: {
      recordsDone: 800,
      recordsTotal: 800,
      datasets: [
        { name: 'customers', recordsDone: 300, recordsTotal: 300 },
        { name: 'orders', recordsDone: 500, recordsTotal: 500 },
      ],
    },
    files: [file('customers', 'jobs/a1b2/customers.csv'), file('customers.defects', 'jobs/a1b2/customers.defects.ndjson'), file('orders', 'jobs/a1b2/orders.csv')],
    // Stored in any order: matched to the plan's datasets by name.
    counts: ['orders', 'customers'].map((name) => ({
      name,
      records: PLAN.datasets.find((dataset) => dataset.name === name)!.size,
      defectCounts: DEFECTS[name],
      checks: CHECKS[name],
    })),
  });
}

const links = async (jobFile: JobFile) => `https://datagen.example/downloads/${jobFile.artifactKey}`;

// What /api/generate would have reported for the same records, its stats added up batch by
// batch as it streams them.
function streamedStats(name: string, size: number): BatchStats {
  const stats = new BatchStats();
  stats.addBatch({ offset: 0, count: size, data: Buffer.alloc(0), defectCounts: DEFECTS[name], checks: CHECKS[name] });
  return stats;
}

describe('jobView of a completed job', () => {
  it('holds the /api/generate envelope without content, its metadata as responseMetadata makes it, and a link per file', async () => {
    const view = await jobView(completedJob(), links);
    expect(view).toMatchObject({ job_id: 'a1b2', status: 'completed', created_at: '2026-03-01T10:00:00Z', updated_at: '2026-03-01T10:00:09Z' });
    expect(view.result).toEqual({
      success: true,
      message: 'Successfully generated 2 dataset(s)',
      datasets: {
        customers: { format: 'csv', size: 300, columns: ['id', 'email'] },
        orders: { format: 'csv', size: 500, columns: ['id', 'customer_id', 'total'] },
      },
      metadata: responseMetadata(PLAN, { typo: 0.05 }, 'csv', STARTED, PLAN.datasets.map((dataset) => streamedStats(dataset.name, dataset.size))),
      download_links: {
        customers: 'https://datagen.example/downloads/jobs/a1b2/customers.csv',
        'customers.defects': 'https://datagen.example/downloads/jobs/a1b2/customers.defects.ndjson',
        orders: 'https://datagen.example/downloads/jobs/a1b2/orders.csv',
      },
    });
    expect(view.result?.metadata).toMatchObject({
      total_records: 800,
      output_format: 'csv',
      generation_timestamp: '2026-03-01T10:00:01Z',
      defects: { total: 22, by_dataset: { customers: { null: 9, typo: 7 } } },
      validation: { counts: { records: 800, failing_records: 17, orphan_references: 4 } },
    });
    expect(view.error).toBeUndefined();
  });

  it('names Parquet and NDJSON outputs as the API spells them', async () => {
    const job = completedJob();
    job.output!.format = OutputFormat.OUTPUT_FORMAT_PARQUET;
    job.files = [file('customers/part-00000.parquet', 'jobs/a1b2/customers/part-00000.parquet')];
    const view = await jobView(job, links);
    expect(view.result?.metadata.output_format).toBe('parquet');
    expect(view.result?.datasets.orders.format).toBe('parquet');
    expect(Object.keys(view.result!.download_links)).toEqual(['customers/part-00000.parquet']);
    job.output!.format = OutputFormat.OUTPUT_FORMAT_NDJSON;
    expect((await jobView(job, links)).result?.metadata.output_format).toBe('ndjson');
  });

  it('refuses to present a completed job whose counts miss a dataset', async () => {
    const job = completedJob();
    job.counts = job.counts.filter((counts) => counts.name !== 'orders');
    await expect(jobView(job, links)).rejects.toThrow('Job a1b2 completed without the counts of dataset orders');
  });
});

describe('jobView of a running job', () => {
  it('reports progress overall and per dataset, and the webhook with each delivery, but no result', async () => {
    const job = Job.fromPartial({
      jobId: 'c3d4',
      status: JobStatus.JOB_STATUS_RUNNING,
      createdAt: CREATED,
      updatedAt: STARTED,
      startedAt: STARTED,
      plan: PLAN,
      progress: {
        recordsDone: 350,
        recordsTotal: 800,
        datasets: [
          { name: 'customers', recordsDone: 300, recordsTotal: 300 },
          { name: 'orders', recordsDone: 50, recordsTotal: 500 },
        ],
      },
      webhookUrl: 'https://hooks.example/datagen',
    });
    expect(await jobView(job, links)).toEqual({
      job_id: 'c3d4',
      status: 'running',
      created_at: '2026-03-01T10:00:00Z',
      updated_at: '2026-03-01T10:00:01Z',
      started_at: '2026-03-01T10:00:01Z',
      finished_at: null,
      progress: {
        records_done: 350,
        records_total: 800,
        datasets: { customers: { records_done: 300, records_total: 300 }, orders: { records_done: 50, records_total: 500 } },
      },
      webhook: { url: 'https://hooks.example/datagen', deliveries: [] },
    });
  });

  it.each([
    [JobStatus.JOB_STATUS_QUEUED, 'queued'],
    [JobStatus.JOB_STATUS_PLANNING, 'planning'],
    [JobStatus.JOB_STATUS_RUNNING, 'running'],
    [JobStatus.JOB_STATUS_CANCELLED, 'cancelled'],
  ])('names status %i "%s", with zero progress before any is reported', async (status, name) => {
    const view = await jobView(Job.fromPartial({ jobId: 'e5', status, createdAt: CREATED, updatedAt: CREATED }), links);
    expect(view).toMatchObject({ status: name, progress: { records_done: 0, records_total: 0, datasets: {} } });
    expect(view).not.toHaveProperty('result');
    expect(view).not.toHaveProperty('error');
    expect(view).not.toHaveProperty('webhook');
  });
});

describe('jobView of a failed job', () => {
  it('gives the error in the document shape and each webhook delivery attempt', async () => {
    const job = Job.fromPartial({
      jobId: 'f6',
      status: JobStatus.JOB_STATUS_FAILED,
      createdAt: CREATED,
      updatedAt: FINISHED,
      plan: PLAN,
      error: { error: 'Storage full', detail: 'The artifact store has no space left; free some and retry' },
      webhookUrl: 'https://hooks.example/datagen',
      deliveries: [
        { event: 'job.failed', attempt: 1, attemptedAt: FINISHED, statusCode: 0, error: 'timed out after 10 s', delivered: false, nextAttemptAt: new Date('2026-03-01T10:00:39Z') },
        { event: 'job.failed', attempt: 2, attemptedAt: new Date('2026-03-01T10:00:39Z'), statusCode: 204, error: '', delivered: true },
      ],
    });
    const view = await jobView(job, links);
    expect(view.error).toEqual({ error: 'Storage full', detail: 'The artifact store has no space left; free some and retry' });
    expect(view.result).toBeUndefined();
    expect(view.webhook?.deliveries).toEqual([
      { event: 'job.failed', attempt: 1, attempted_at: '2026-03-01T10:00:09Z', status_code: null, error: 'timed out after 10 s', delivered: false, next_attempt_at: '2026-03-01T10:00:39Z' },
      { event: 'job.failed', attempt: 2, attempted_at: '2026-03-01T10:00:39Z', status_code: 204, error: null, delivered: true, next_attempt_at: null },
    ]);
  });

  it('gives a payload error with its issues and suggestions', async () => {
    const job = Job.fromPartial({
      jobId: 'f7',
      status: JobStatus.JOB_STATUS_FAILED,
      error: { error: 'Invalid request payload', detail: '', issues: ['Unknown generator "x.y"'], suggestions: ['Did you mean person.email?'] },
    });
    expect((await jobView(job, links)).error).toEqual({ error: 'Invalid request payload', issues: ['Unknown generator "x.y"'], suggestions: ['Did you mean person.email?'] });
  });
});
