import {
  MAX_DATASET_SIZE,
  MAX_DATASETS,
  MAX_REALITY,
  MIN_DATASET_SIZE,
  MIN_DATASETS,
  MIN_REALITY,
  rangeText,
} from '../../../../libs/api/src/request-limits.js';
import { formatCount } from '../../../../libs/api/src/count-format.js';
import { PayloadViolation } from './payload-violation.js';
import type { PlanningRequest } from './planning-request.js';

interface Bound {
  readonly parameter: string;
  readonly value: number | undefined;
  readonly min: number;
  readonly max: number;
}

// Every out-of-range parameter is reported at once, so one round trip fixes them all.
export function checkRanges(request: PlanningRequest): void {
  const { issues, suggestions } = rangeProblems(request);
  if (request.prompt.trim() === '') {
    issues.push('Prompt is empty');
    suggestions.push('Describe the data you need, e.g. "E-commerce platform with customers, products and orders"');
  }
  if (issues.length > 0) throw new PayloadViolation(issues, suggestions);
}

// The numeric parameters alone, for a request that brings its own plan instead of a prompt.
export function rangeProblems(request: Omit<PlanningRequest, 'prompt' | 'seed'>): { issues: string[]; suggestions: string[] } {
  const bounds: Bound[] = [
    { parameter: 'datasets', value: request.datasets, min: MIN_DATASETS, max: MAX_DATASETS },
    { parameter: 'dataset_size', value: request.datasetSize, min: MIN_DATASET_SIZE, max: MAX_DATASET_SIZE },
    { parameter: 'reality', value: request.reality, min: MIN_REALITY, max: MAX_REALITY },
  ];
  const issues: string[] = [];
  const suggestions: string[] = [];
  for (const { parameter, value, min, max } of bounds) {
    if (value === undefined || (Number.isInteger(value) && value >= min && value <= max)) continue;
    const range = rangeText(min, max);
    issues.push(`${parameter}=${formatValue(value)} is out of range: it must be a whole number ${range}`);
    suggestions.push(`Set ${parameter} to a whole number ${range}`);
  }
  return { issues, suggestions };
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : String(value);
}
