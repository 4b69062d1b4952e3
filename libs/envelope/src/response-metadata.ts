import type { Plan } from '../../proto/src/grpc-js/datagen/v1/plan.js';
import { DEFECT_KINDS } from '../../reality/src/defect-kinds.js';
import type { DefectRateOverrides } from '../../reality/src/defect-rate-overrides.js';
import type { BatchStats } from './batch-stats.js';
import { isoSeconds } from './iso-seconds.js';
import { measuredValidation } from './validation.js';

// The envelope's `metadata`, from the plan, the request's defect rates and what was actually
// generated: streamed by /api/generate, or counted by a job's generators.
export function responseMetadata(plan: Plan, defectRates: DefectRateOverrides, outputFormat: string, startedAt: Date, perDataset: readonly BatchStats[]) {
  const byDataset = Object.fromEntries(plan.datasets.map((dataset, index) => [dataset.name, perDataset[index].defectsByKind()]));
  const byKind: Record<string, number> = {};
  for (const counts of Object.values(byDataset)) {
    for (const [kind, count] of Object.entries(counts)) byKind[kind] = (byKind[kind] ?? 0) + count;
  }
  return {
    total_datasets: plan.datasets.length,
    total_records: perDataset.reduce((sum, stats) => sum + stats.records, 0),
    reality_level: plan.realityLevel,
    // The rates the request set, in the order of the documented kinds; {} when none.
    defect_rates: Object.fromEntries(DEFECT_KINDS.filter((kind) => defectRates[kind] !== undefined).map((kind) => [kind, defectRates[kind]])),
    output_format: outputFormat,
    prompt: plan.prompt,
    generation_timestamp: isoSeconds(startedAt),
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

// The envelope's `message`.
export function successMessage(datasets: number): string {
  return `Successfully generated ${datasets} dataset(s)`;
}

// Every dataset must arrive whole; a short one means the body would lie.
export function checkWhole(plan: Plan, index: number, stats: BatchStats): void {
  const dataset = plan.datasets[index];
  if (stats.records !== dataset.size) {
    throw new Error(`Dataset ${dataset.name} ended after ${stats.records} of ${dataset.size} records`);
  }
}
