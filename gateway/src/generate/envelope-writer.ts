import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { OutputOptions } from './output-options.js';
import type { ResponseSink } from './response-sink.js';

// Writes the documented response envelope piece by piece around the streamed contents, so no
// dataset is ever held whole. Metadata comes last, so it can report what was actually sent.
export class EnvelopeWriter {
  private readonly recordsSent: number[] = [];

  constructor(
    private readonly sink: ResponseSink,
    private readonly plan: Plan,
    private readonly output: OutputOptions,
    private readonly prompt: string,
    private readonly startedAt: Date,
  ) {}

  async writeHead(): Promise<void> {
    const count = this.plan.datasets.length;
    await this.sink.write(`{"success":true,"message":${JSON.stringify(`Successfully generated ${count} dataset(s)`)},"datasets":{`);
  }

  async writeDatasetHead(index: number): Promise<void> {
    const dataset = this.plan.datasets[index];
    const head = {
      format: this.output.name,
      size: dataset.size,
      columns: dataset.fields.map((field) => field.name),
    };
    const headJson = JSON.stringify(head);
    const separator = index === 0 ? '' : ',';
    await this.sink.write(`${separator}${JSON.stringify(dataset.name)}:${headJson.slice(0, -1)},"content":${this.output.quoted ? '"' : ''}`);
  }

  async writeDatasetTail(index: number, records: number): Promise<void> {
    const dataset = this.plan.datasets[index];
    if (records !== dataset.size) {
      throw new Error(`Dataset ${dataset.name} ended after ${records} of ${dataset.size} records`);
    }
    this.recordsSent[index] = records;
    await this.sink.write(this.output.quoted ? '"}' : '}');
  }

  async writeTail(): Promise<void> {
    const names = this.plan.datasets.map((dataset) => dataset.name);
    const metadata = {
      total_datasets: names.length,
      total_records: this.recordsSent.reduce((sum, records) => sum + records, 0),
      reality_level: this.plan.realityLevel,
      output_format: this.output.name,
      prompt: this.prompt,
      generation_timestamp: this.startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      seed: this.plan.seed,
      planner: this.plan.planner,
      warnings: this.plan.warnings,
      validation: {
        entity_types_generated: names,
        validation_status: 'completed',
        validation_score: 10,
      },
    };
    await this.sink.write(`},"metadata":${JSON.stringify(metadata)},"download_links":null}`);
  }
}
