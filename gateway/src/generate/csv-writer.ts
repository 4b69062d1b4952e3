import { Embedding, OutputFormat, type SqlDialect } from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { BatchStats } from '../../../libs/envelope/src/batch-stats.js';
import type { BodyWriter } from './body-writer.js';
import { checkWhole } from '../../../libs/envelope/src/response-metadata.js';

// `Accept: text/csv`: the one dataset as a plain CSV file, ready for a spreadsheet or COPY.
// The seed and planner travel in response headers, since CSV has no place for metadata.
export class CsvWriter implements BodyWriter {
  readonly contentType = 'text/csv';
  readonly encoding;

  constructor(
    private readonly plan: Plan,
    sqlDialect: SqlDialect,
  ) {
    this.encoding = { format: OutputFormat.OUTPUT_FORMAT_CSV, sqlDialect, embedding: Embedding.EMBEDDING_RAW };
  }

  async writeHead(): Promise<void> {}

  async writeDatasetHead(): Promise<void> {}

  async writeDatasetTail(index: number, stats: BatchStats): Promise<void> {
    checkWhole(this.plan, index, stats);
  }

  async writeTail(): Promise<void> {}
}
