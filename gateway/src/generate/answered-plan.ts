import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';

// What a response answers of a plan: all of it, or with preview_records only the first
// records of each dataset. The generators still get the whole plan, so those records are the
// ones the full generation starts with; everything the response says about sizes follows this.
export function answeredPlan(plan: Plan, previewRecords: number | undefined): Plan {
  if (previewRecords === undefined) return plan;
  return { ...plan, datasets: plan.datasets.map((dataset) => ({ ...dataset, size: Math.min(dataset.size, previewRecords) })) };
}
