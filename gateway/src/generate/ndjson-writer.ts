import { Embedding, OutputFormat, type SqlDialect } from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { DefectRateOverrides } from '../../../libs/reality/src/defect-rate-overrides.js';
import type { BatchStats } from '../../../libs/envelope/src/batch-stats.js';
import type { BodyWriter, ManifestLines } from './body-writer.js';
import { checkWhole, responseMetadata } from '../../../libs/envelope/src/response-metadata.js';
import type { ResponseSink } from './response-sink.js';

// `Accept: application/x-ndjson`: one JSON value per line, so clients can process records as
// they arrive. Each dataset opens with a line {"_dataset": name, "size", "columns"}; its
// defect manifest, when asked for, follows its records after a line {"_defects": name}; the
// body ends with {"_metadata": {...}}. Column names start with a letter, so these keys never
// clash with a record's.
export class NdjsonWriter implements BodyWriter {
  readonly contentType = 'application/x-ndjson';
  readonly encoding;
  private readonly stats: BatchStats[] = [];

  constructor(
    private readonly sink: ResponseSink,
    private readonly plan: Plan,
    private readonly defectRates: DefectRateOverrides,
    sqlDialect: SqlDialect,
    private readonly startedAt: Date,
  ) {
    this.encoding = { format: OutputFormat.OUTPUT_FORMAT_NDJSON, sqlDialect, embedding: Embedding.EMBEDDING_RAW };
  }

  async writeHead(): Promise<void> {}

  async writeDatasetHead(index: number): Promise<void> {
    const dataset = this.plan.datasets[index];
    await this.sink.write(
      `${JSON.stringify({ _dataset: dataset.name, size: dataset.size, columns: dataset.fields.map((field) => field.name) })}\n`,
    );
  }

  async writeDatasetTail(index: number, stats: BatchStats, manifest?: ManifestLines): Promise<void> {
    checkWhole(this.plan, index, stats);
    this.stats[index] = stats;
    if (!manifest) return;
    await this.sink.write(`${JSON.stringify({ _defects: this.plan.datasets[index].name })}\n`);
    for await (const lines of manifest) await this.sink.write(lines);
  }

  async writeTail(): Promise<void> {
    const metadata = responseMetadata(this.plan, this.defectRates, 'ndjson', this.startedAt, this.stats);
    await this.sink.write(`${JSON.stringify({ _metadata: metadata })}\n`);
  }
}
