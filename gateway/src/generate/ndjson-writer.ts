import { Embedding, OutputFormat, type SqlDialect } from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { BodyWriter } from './body-writer.js';
import { checkWhole, responseMetadata } from './response-metadata.js';
import type { ResponseSink } from './response-sink.js';

// `Accept: application/x-ndjson`: one JSON value per line, so clients can process records as
// they arrive. Each dataset opens with a line {"_dataset": name, "size", "columns"} and the
// body ends with {"_metadata": {...}}; column names start with a letter, so these keys never
// clash with a record's.
export class NdjsonWriter implements BodyWriter {
  readonly contentType = 'application/x-ndjson';
  readonly encoding;
  private readonly recordsSent: number[] = [];

  constructor(
    private readonly sink: ResponseSink,
    private readonly plan: Plan,
    sqlDialect: SqlDialect,
    private readonly prompt: string,
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

  async writeDatasetTail(index: number, records: number): Promise<void> {
    checkWhole(this.plan, index, records);
    this.recordsSent[index] = records;
  }

  async writeTail(): Promise<void> {
    const metadata = responseMetadata(this.plan, 'ndjson', this.prompt, this.startedAt, this.recordsSent);
    await this.sink.write(`${JSON.stringify({ _metadata: metadata })}\n`);
  }
}
