import { formatCount } from '../../../libs/api/src/count-format';
import { DEFAULT_REALITY, type SqlDialectName } from '../../../libs/api/src/request-limits';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import { FORMAT_LABELS, SQL_DIALECT_LABELS } from '../describe/format-labels';
import type { GenerationBody } from '../../../libs/client/src/generation-body';
import { realityBand } from '../request/reality-bands';
import { plannedRecords } from './job-progress';


// What the job will make, in one sentence, read from the body the button sends.
export function jobSummary(body: GenerationBody, plan: PlanJson): string {
  return [sizes(plan), files(body), `seed ${body.seed ?? 'picked by the server'}`, reality(body.reality ?? DEFAULT_REALITY)].join('; ') + '.';
}

function sizes(plan: PlanJson): string {
  const count = plan.datasets.length;
  const datasets = `${count} ${count === 1 ? 'dataset' : 'datasets'}`;
  const total = formatCount(plannedRecords(plan));
  const [first] = plan.datasets;
  if (count === 0) return 'no datasets';
  if (count === 1) return `${datasets} of ${total} records`;
  if (plan.datasets.every((dataset) => dataset.size === first.size)) return `${datasets} × ${formatCount(first.size)} records (${total} in all)`;
  const each = plan.datasets.map((dataset) => `${dataset.name} ${formatCount(dataset.size)}`).join(', ');
  return `${datasets}, ${total} records in all (${each})`;
}

function files(body: GenerationBody): string {
  const format = body.output_format ?? 'json';
  const label = FORMAT_LABELS[format as keyof typeof FORMAT_LABELS] ?? format;
  const dialect = body.sql_dialect === undefined ? '' : ` for ${SQL_DIALECT_LABELS[body.sql_dialect as SqlDialectName] ?? body.sql_dialect}`;
  const compression = body.compression === 'gzip' ? ', each file compressed with gzip' : '';
  return `as ${label}${dialect}${compression}`;
}

function reality(level: number): string {
  return `reality level ${level}: ${realityBand(level).description.toLowerCase()}`;
}
