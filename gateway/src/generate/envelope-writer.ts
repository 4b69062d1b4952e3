import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { DefectRateOverrides } from '../../../libs/reality/src/defect-rate-overrides.js';
import type { BatchStats } from '../../../libs/envelope/src/batch-stats.js';
import type { BodyWriter, ManifestLines } from './body-writer.js';
import { manifestAsArrayMembers } from './manifest-array.js';
import type { OutputOptions } from './output-options.js';
import { checkWhole, responseMetadata, successMessage } from '../../../libs/envelope/src/response-metadata.js';
import type { ResponseSink } from './response-sink.js';

// The documented response envelope, written piece by piece around the streamed contents so
// no dataset is ever held whole. Metadata comes last, so it reports what was actually sent.
// A dataset's defect manifest, when asked for, follows its content as "defects": [...].
export class EnvelopeWriter implements BodyWriter {
  readonly contentType = 'application/json';
  private readonly stats: BatchStats[] = [];

  constructor(
    private readonly sink: ResponseSink,
    private readonly plan: Plan,
    private readonly defectRates: DefectRateOverrides,
    private readonly output: OutputOptions,
    private readonly startedAt: Date,
  ) {}

  get encoding() {
    return this.output;
  }

  async writeHead(): Promise<void> {
    await this.sink.write(`{"success":true,"message":${JSON.stringify(successMessage(this.plan.datasets.length))},"datasets":{`);
  }

  async writeDatasetHead(index: number): Promise<void> {
    const dataset = this.plan.datasets[index];
    const head = JSON.stringify({ format: this.output.name, size: dataset.size, columns: dataset.fields.map((field) => field.name) });
    const separator = index === 0 ? '' : ',';
    await this.sink.write(`${separator}${JSON.stringify(dataset.name)}:${head.slice(0, -1)},"content":${this.output.quoted ? '"' : ''}`);
  }

  async writeDatasetTail(index: number, stats: BatchStats, manifest?: ManifestLines): Promise<void> {
    checkWhole(this.plan, index, stats);
    this.stats[index] = stats;
    await this.sink.write(this.output.quoted ? '"' : '');
    if (manifest) {
      await this.sink.write(',"defects":[');
      for await (const members of manifestAsArrayMembers(manifest)) await this.sink.write(members);
      await this.sink.write(']');
    }
    await this.sink.write('}');
  }

  async writeTail(): Promise<void> {
    const metadata = responseMetadata(this.plan, this.defectRates, this.output.name, this.startedAt, this.stats);
    await this.sink.write(`},"metadata":${JSON.stringify(metadata)},"download_links":null}`);
  }
}
