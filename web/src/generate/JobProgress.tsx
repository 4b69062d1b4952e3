import { useId } from 'react';
import { formatCount } from '../../../libs/api/src/count-format';
import type { JobView, ProgressView } from '../../../libs/client/src/api-types';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import { datasetProgress, overallProgress } from './job-progress';

// A bar for the whole job and one for each dataset, each named by what it counts.
export function JobProgress({ job, plan }: { job: JobView; plan: PlanJson }) {
  const id = useId();
  return (
    <div className="job-progress">
      <ProgressBar id={`${id}-all`} name="All datasets" progress={overallProgress(job, plan)} />
      {datasetProgress(job, plan).map((row, index) => (
        <ProgressBar key={row.dataset} id={`${id}-${index}`} name={row.dataset} progress={row} />
      ))}
    </div>
  );
}

function ProgressBar({ id, name, progress }: { id: string; name: string; progress: ProgressView }) {
  const known = progress.records_total > 0;
  return (
    <div className="progress-row">
      <label htmlFor={id}>
        {name}: {formatCount(progress.records_done)} of {known ? formatCount(progress.records_total) : 'all'} records
      </label>
      {/* Without a total there is nothing to measure against, so the bar shows activity only. */}
      <progress id={id} {...(known ? { value: Math.min(progress.records_done, progress.records_total), max: progress.records_total } : {})} />
    </div>
  );
}
