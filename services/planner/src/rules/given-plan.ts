import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import {
  MAX_DATASET_SIZE,
  MAX_DATASETS,
  MAX_REALITY,
  MIN_DATASET_SIZE,
  MIN_DATASETS,
  MIN_REALITY,
  rangeText,
} from '../../../../libs/api/src/request-limits.js';
import { PayloadViolation } from './payload-violation.js';
import type { PlanningRequest } from './planning-request.js';
import { rangeProblems } from './range-rules.js';
import { sizeLimitIssue } from './size-rule.js';

export const USER_PLANNER = 'user';

// A plan the caller brings (kept from an earlier call, maybe edited) instead of a prompt. It
// meets the same limits as a planned one; its schema (generators, keys, references) is the
// generator's to check. The request's numbers, when given, override the plan's own.
export function checkGivenPlan(plan: Plan, request: PlanningRequest): Plan {
  const { issues, suggestions } = rangeProblems(request);
  const count = plan.datasets.length;
  if (count < MIN_DATASETS || count > MAX_DATASETS) {
    issues.push(`The plan has ${count} datasets; a request holds ${MIN_DATASETS} to ${MAX_DATASETS}`);
  } else if (request.datasets !== undefined && request.datasets !== count) {
    issues.push(`The plan has ${count} datasets but datasets=${request.datasets}`);
    suggestions.push(`Set datasets=${count} or leave it out`);
  }
  const sizes = plan.datasets.map((dataset) => request.datasetSize ?? dataset.size);
  for (const [index, size] of sizes.entries()) {
    if (!Number.isInteger(size) || size < MIN_DATASET_SIZE || size > MAX_DATASET_SIZE) {
      issues.push(`Dataset ${plan.datasets[index].name} has size ${size}; it must be a whole number ${rangeText(MIN_DATASET_SIZE, MAX_DATASET_SIZE)}`);
    }
  }
  const largest = Math.max(...sizes);
  const overLimit = count >= MIN_DATASETS && count <= MAX_DATASETS ? sizeLimitIssue(count, largest) : undefined;
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
    planner: USER_PLANNER,
  };
}
