import type { PlanJson } from './plan-types.js';

// The REST bodies the page reads, as the README documents them.

// The document's two error shapes.
export type ApiErrorBody = { error: string; detail: string } | { error: string; issues: string[]; suggestions: string[] };

export interface DefectEntry {
  index: number;
  // null for a whole duplicated row; `clean` is then the clean record.
  column: string | null;
  kind: string;
  clean: unknown;
}

export type RecordJson = Record<string, unknown>;

export interface EnvelopeDataset {
  format: string;
  size: number;
  columns: string[];
  content: RecordJson[];
  defects?: DefectEntry[];
}

export interface Envelope {
  success: true;
  message: string;
  datasets: Record<string, EnvelopeDataset>;
  metadata: {
    total_datasets: number;
    total_records: number;
    reality_level: number;
    seed: number;
    planner: string;
    warnings: string[];
    defects: { total: number; by_kind: Record<string, number>; by_dataset: Record<string, number> };
    validation: { validation_score: number; validation_status: string };
  };
}

export interface PlanAnswer {
  success: true;
  plan: PlanJson;
}

export interface DdlAnswer {
  success: true;
  sql_dialect: string;
  ddl: string;
}

export interface ProgressView {
  records_done: number;
  records_total: number;
}

export type JobStatus = 'queued' | 'planning' | 'running' | 'completed' | 'failed' | 'cancelled';

export const FINAL_JOB_STATUSES: ReadonlySet<JobStatus> = new Set(['completed', 'failed', 'cancelled']);

export interface JobView {
  job_id: string;
  status: JobStatus;
  progress: ProgressView & { datasets: Record<string, ProgressView> };
  result?: {
    datasets: Record<string, { format: string; size: number; columns: string[] }>;
    metadata: Envelope['metadata'];
    download_links: Record<string, string>;
  };
  error?: ApiErrorBody;
}

export interface JobCreated {
  job_id: string;
  status: JobStatus;
  status_url: string;
}

export interface GeneratorEntry {
  name: string;
  kind: string;
  description: string;
}

// GET /api/catalogue: what a plan may name.
export interface Catalogue {
  generators: GeneratorEntry[];
  field_types: string[];
  distributions: string[];
  defect_kinds: string[];
}
