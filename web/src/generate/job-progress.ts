import type { JobCreated, JobView, ProgressView } from '../../../libs/client/src/api-types';
import type { PlanJson } from '../../../libs/client/src/plan-types';

export interface DatasetProgress extends ProgressView {
  dataset: string;
}

// The job as the page shows it before its first event: nothing written, the plan's sizes to go.
export function createdView(created: JobCreated, plan: PlanJson): JobView {
  const datasets = Object.fromEntries(plan.datasets.map((dataset) => [dataset.name, { records_done: 0, records_total: dataset.size }]));
  return { job_id: created.job_id, status: created.status, progress: { records_done: 0, records_total: plannedRecords(plan), datasets } };
}

// One bar per dataset, in the plan's order. A dataset the job has not reported on yet shows
// the plan's size with nothing done.
export function datasetProgress(job: JobView, plan: PlanJson): DatasetProgress[] {
  const reported = job.progress.datasets;
  const planned = plan.datasets.map((dataset) => ({ dataset: dataset.name, ...(reported[dataset.name] ?? { records_done: 0, records_total: dataset.size }) }));
  const unplanned = Object.entries(reported)
    .filter(([name]) => !plan.datasets.some((dataset) => dataset.name === name))
    .map(([dataset, progress]) => ({ dataset, ...progress }));
  return [...planned, ...unplanned];
}

export function overallProgress(job: JobView, plan: PlanJson): ProgressView {
  return job.progress.records_total > 0 ? job.progress : { records_done: job.progress.records_done, records_total: plannedRecords(plan) };
}

export function plannedRecords(plan: PlanJson): number {
  return plan.datasets.reduce((total, dataset) => total + dataset.size, 0);
}
