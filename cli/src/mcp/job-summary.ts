import type { ApiErrorBody, JobStatus, JobView, ProgressView } from '../../../libs/client/src/api-types.js';

export interface JobSummary {
  job_id: string;
  status: JobStatus;
  progress: ProgressView & { datasets: Record<string, ProgressView> };
  // When completed: a URL per file, which downloads without a token.
  download_links?: Record<string, string>;
  datasets?: Record<string, { format: string; size: number; columns: string[] }>;
  metadata?: {
    total_records: number;
    seed: number;
    reality_level: number;
    warnings: string[];
    defects: { total: number; by_kind: Record<string, number> };
    validation_score: number;
  };
  error?: ApiErrorBody;
}

// GET /api/jobs/{id} without what an assistant does not need (timestamps, webhook deliveries,
// the validation's counts).
export function jobSummary(job: JobView): JobSummary {
  const summary: JobSummary = { job_id: job.job_id, status: job.status, progress: job.progress };
  if (job.result) {
    const { metadata } = job.result;
    summary.download_links = job.result.download_links;
    summary.datasets = job.result.datasets;
    summary.metadata = {
      total_records: metadata.total_records,
      seed: metadata.seed,
      reality_level: metadata.reality_level,
      warnings: metadata.warnings,
      defects: { total: metadata.defects.total, by_kind: metadata.defects.by_kind },
      validation_score: metadata.validation.validation_score,
    };
  }
  if (job.error) summary.error = job.error;
  return summary;
}
