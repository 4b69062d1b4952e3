import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { BatchStats } from './batch-stats.js';
import { measuredValidation } from './validation.js';

// The envelope's `metadata`, from the plan and from what was actually streamed.
export function responseMetadata(plan: Plan, outputFormat: string, startedAt: Date, perDataset: readonly BatchStats[]) {
  const byDataset = Object.fromEntries(plan.datasets.map((dataset, index) => [dataset.name, perDataset[index].defectsByKind()]));
  const byKind: Record<string, number> = {};
  for (const counts of Object.values(byDataset)) {
    for (const [kind, count] of Object.entries(counts)) byKind[kind] = (byKind[kind] ?? 0) + count;
  }
  return {
    total_datasets: plan.datasets.length,
    total_records: perDataset.reduce((sum, stats) => sum + stats.records, 0),
    reality_level: plan.realityLevel,
    output_format: outputFormat,
    prompt: plan.prompt,
    generation_timestamp: startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    seed: plan.seed,
    planner: plan.planner,
    warnings: plan.warnings,
    defects: {
      total: Object.values(byKind).reduce((sum, count) => sum + count, 0),
      by_kind: byKind,
      by_dataset: byDataset,
    },
    validation: measuredValidation(plan, perDataset),
  };
}

// Every dataset must arrive whole; a short one means the body would lie.
export function checkWhole(plan: Plan, index: number, stats: BatchStats): void {
  const dataset = plan.datasets[index];
  if (stats.records !== dataset.size) {
    throw new Error(`Dataset ${dataset.name} ended after ${stats.records} of ${dataset.size} records`);
  }
}
