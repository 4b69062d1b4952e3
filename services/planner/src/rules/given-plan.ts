import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import {
  MAX_DATASET_SIZE,
  MAX_DATASETS,
  MAX_REALITY,
  MAX_SCHEMA_DATASETS,
  MAX_TOTAL_RECORDS,
  MIN_DATASET_SIZE,
  MIN_DATASETS,
  MIN_REALITY,
  rangeText,
} from '../../../../libs/api/src/request-limits.js';
import { PayloadViolation } from './payload-violation.js';
import type { PlanningRequest } from './planning-request.js';
import { rangeProblems } from './range-rules.js';
import { sizeLimitIssue } from './size-rule.js';
import { formatCount } from '../../../../libs/api/src/count-format.js';

// The planner of plans made from a schema: they hold up to MAX_SCHEMA_DATASETS datasets.
export const SCHEMA_PLANNER = 'schema';

export const USER_PLANNER = 'user';

// A plan the caller brings (kept from an earlier call, maybe edited) instead of a prompt. It
// meets the same limits as a planned one; its schema (generators, keys, references) is the
// generator's to check. The request's numbers, when given, override the plan's own. A plan made
// from a schema keeps its tables' proportions: dataset_size is then its largest dataset's size,
// and dataset_sizes sets single datasets.
export function checkGivenPlan(plan: Plan, request: PlanningRequest, datasetSizes: Readonly<Record<string, number>> = {}): Plan {
  const fromSchema = plan.planner === SCHEMA_PLANNER;
  const { issues, suggestions } = rangeProblems(fromSchema ? { ...request, datasets: undefined } : request);
  // Datasets closing a cycle come with the tables: only tables count toward the limit.
  const count = plan.datasets.filter((dataset) => dataset.updates === '').length;
  const maxDatasets = fromSchema ? MAX_SCHEMA_DATASETS : MAX_DATASETS;
  if (count < MIN_DATASETS || count > maxDatasets) {
    issues.push(`The plan has ${count} datasets; a request holds ${MIN_DATASETS} to ${maxDatasets}`);
  } else if (request.datasets !== undefined && request.datasets !== count) {
    issues.push(`The plan has ${count} datasets but datasets=${request.datasets}`);
    suggestions.push(`Set datasets=${count} or leave it out`);
  }
  const sizes = fromSchema ? schemaSizes(plan, request.datasetSize, datasetSizes) : plan.datasets.map((dataset) => request.datasetSize ?? dataset.size);
  for (const name of Object.keys(datasetSizes)) {
    if (!plan.datasets.some((dataset) => dataset.name === name)) issues.push(`dataset_sizes names "${name}", which is not a dataset of the plan`);
  }
  for (const [index, size] of sizes.entries()) {
    if (!Number.isInteger(size) || size < MIN_DATASET_SIZE || size > MAX_DATASET_SIZE) {
      issues.push(`Dataset ${plan.datasets[index].name} has size ${size}; it must be a whole number ${rangeText(MIN_DATASET_SIZE, MAX_DATASET_SIZE)}`);
    }
  }
  const largest = Math.max(...sizes);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const overLimit = fromSchema
    ? total > MAX_TOTAL_RECORDS
      ? `The plan's ${count} datasets total ${formatCount(total)} records, over the limit of ${formatCount(MAX_TOTAL_RECORDS)} records per request`
      : undefined
    : count >= MIN_DATASETS && count <= MAX_DATASETS
      ? sizeLimitIssue(count, largest)
      : undefined;
  if (overLimit) issues.push(overLimit);
  const reality = request.reality ?? plan.realityLevel;
  if (!Number.isInteger(reality) || reality < MIN_REALITY || reality > MAX_REALITY) {
    issues.push(`reality_level ${reality} is out of range: it must be a whole number ${rangeText(MIN_REALITY, MAX_REALITY)}`);
  }
  if (issues.length > 0) throw new PayloadViolation(issues, suggestions);
  return {
    ...plan,
    datasets: plan.datasets.map((dataset, index) => ({ ...dataset, size: sizes[index] })),
    seed: request.seed,
    prompt: request.prompt || plan.prompt,
    realityLevel: reality,
    planner: fromSchema ? SCHEMA_PLANNER : USER_PLANNER,
  };
}

// A schema plan's sizes scaled so its largest dataset has `largest` records, each at least 1.
// A dataset closing a cycle (`updates`) has one record per record of the dataset it updates.
function schemaSizes(plan: Plan, largest: number | undefined, named: Readonly<Record<string, number>>): number[] {
  const current = Math.max(...plan.datasets.map((dataset) => dataset.size), 1);
  const sizeOf = (dataset: Plan['datasets'][number]): number => {
    const updated = dataset.updates === '' ? undefined : plan.datasets.find((candidate) => candidate.name === dataset.updates);
    if (updated !== undefined && updated.updates === '') return sizeOf(updated);
    const scaled = largest === undefined ? dataset.size : Math.max(MIN_DATASET_SIZE, Math.round((dataset.size * largest) / current));
    return named[dataset.name] ?? scaled;
  };
  return plan.datasets.map(sizeOf);
}
