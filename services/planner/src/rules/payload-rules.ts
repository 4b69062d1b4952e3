import { reconcileDatasetCount } from './dataset-count-rule.js';
import { DEFAULT_DATASET_SIZE, DEFAULT_REALITY } from '../../../../libs/api/src/request-limits.js';
import type { PlanningRequest } from './planning-request.js';
import { checkRanges } from './range-rules.js';

// The request as a planner must honour it once the document's payload rules have run.
export interface PayloadDecision {
  readonly datasets: number;
  readonly datasetSize: number;
  readonly realityLevel: number;
  readonly warnings: string[];
}

// Entry point for every planner: `entities` are the dataset names the planner found in the
// prompt, in the order the prompt names them; `usual` those it may add to complete a system the
// prompt describes. Throws PayloadViolation.
export function applyPayloadRules(request: PlanningRequest, entities: readonly string[], usual: readonly string[] = []): PayloadDecision {
  checkRanges(request);
  const datasetSize = request.datasetSize ?? DEFAULT_DATASET_SIZE;
  const { datasets, warnings } = reconcileDatasetCount(request.datasets, datasetSize, entities, usual);
  return { datasets, datasetSize, realityLevel: request.reality ?? DEFAULT_REALITY, warnings };
}
