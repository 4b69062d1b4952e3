import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import { jobBody } from '../request/generation-body';
import { DEFAULT_SETTINGS } from '../request/request-settings';
import { createdView, datasetProgress } from './job-progress';
import { jobSummary } from './job-summary';

function plan(...sizes: number[]): PlanJson {
  return { seed: 7, warnings: [], datasets: sizes.map((size, index) => ({ name: `table_${index + 1}`, size, fields: [] })) };
}

describe('jobSummary', () => {
  it('says datasets × records when every dataset has the same size', () => {
    const body = jobBody({ ...DEFAULT_SETTINGS, reality: 7, format: 'csv', compression: 'gzip', seed: '42' }, plan(1000, 1000, 1000));
    expect(jobSummary(body, plan(1000, 1000, 1000))).toBe(
      '3 datasets × 1,000 records (3,000 in all); as CSV (with a header line), each file compressed with gzip; seed 42; reality level 7: moderate issues (duplicates, typos, missing values).',
    );
  });

  it('names each size when they differ, and the SQL dialect, and the plan seed when none is typed', () => {
    const summary = jobSummary(jobBody({ ...DEFAULT_SETTINGS, format: 'sql', sqlDialect: 'mysql' }, plan(100, 250)), plan(100, 250));
    expect(summary).toContain('2 datasets, 350 records in all (table_1 100, table_2 250)');
    expect(summary).toContain('as SQL (CREATE TABLE and INSERT) for MySQL / MariaDB');
    expect(summary).toContain('seed 7');
  });
});

describe('job progress', () => {
  it('shows the plan sizes with nothing done until the job reports on a dataset', () => {
    const view = createdView({ job_id: 'j', status: 'queued', status_url: '/api/jobs/j' }, plan(10, 20));
    view.progress.datasets = { table_2: { records_done: 5, records_total: 20 } };
    expect(datasetProgress(view, plan(10, 20))).toEqual([
      { dataset: 'table_1', records_done: 0, records_total: 10 },
      { dataset: 'table_2', records_done: 5, records_total: 20 },
    ]);
  });
});
