import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';

// The envelope's `metadata`, from the plan and from what was actually streamed.
export function responseMetadata(plan: Plan, outputFormat: string, prompt: string, startedAt: Date, recordsSent: readonly number[]) {
  const names = plan.datasets.map((dataset) => dataset.name);
  const whole = plan.datasets.filter((dataset, index) => recordsSent[index] === dataset.size).length;
  return {
    total_datasets: names.length,
    total_records: recordsSent.reduce((sum, records) => sum + records, 0),
    reality_level: plan.realityLevel,
    output_format: outputFormat,
    prompt,
    generation_timestamp: startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    seed: plan.seed,
    planner: plan.planner,
    warnings: plan.warnings,
    validation: {
      entity_types_generated: names,
      validation_status: 'completed',
      validation_score: names.length === 0 ? 10 : Math.round((10 * whole) / names.length),
    },
  };
}

// Every dataset must arrive whole; a short one means the body would lie.
export function checkWhole(plan: Plan, index: number, records: number): void {
  const dataset = plan.datasets[index];
  if (records !== dataset.size) {
    throw new Error(`Dataset ${dataset.name} ended after ${records} of ${dataset.size} records`);
  }
}
