import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JOB_OUTPUT_FORMATS } from '../../../libs/api/src/request-limits.js';
import { ErrorDoc, MetadataDoc } from './response-schemas.js';

// Shapes of the jobs routes' bodies, for the OpenAPI description only: they are built by
// libs/jobs/src/job-view.ts.
export class JobCreatedDoc {
  @ApiProperty({ example: '3f9c1e0a8b7d4c2e9f1a6b5d4c3e2f1a' }) job_id!: string;
  @ApiProperty({ example: 'queued' }) status!: string;
  @ApiProperty({ example: 'http://127.0.0.1:3000/api/jobs/3f9c1e0a8b7d4c2e9f1a6b5d4c3e2f1a' }) status_url!: string;
}

class ProgressDoc {
  @ApiProperty({ example: 250000 }) records_done!: number;
  @ApiProperty({ example: 1000000 }) records_total!: number;
}

class JobProgressDoc extends ProgressDoc {
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/ProgressDoc' },
    example: { customers: { records_done: 250000, records_total: 500000 }, orders: { records_done: 0, records_total: 500000 } },
  })
  datasets!: Record<string, ProgressDoc>;
}

class WebhookDeliveryDoc {
  @ApiProperty({ enum: ['job.completed', 'job.failed', 'job.cancelled'] }) event!: string;
  @ApiProperty({ example: 1, description: '1 for the first try' }) attempt!: number;
  @ApiProperty({ example: '2024-01-15T10:31:02Z' }) attempted_at!: string;
  @ApiProperty({ type: Number, nullable: true, example: 503, description: "The receiver's HTTP status; null when no answer came" }) status_code!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'The receiver answered 503' }) error!: string | null;
  @ApiProperty() delivered!: boolean;
  @ApiProperty({ type: String, nullable: true, example: '2024-01-15T10:31:32Z', description: 'null after the last try' }) next_attempt_at!: string | null;
}

class WebhookDoc {
  @ApiProperty({ example: 'https://example.com/hooks/datagen' }) url!: string;
  @ApiProperty({ type: [WebhookDeliveryDoc] }) deliveries!: WebhookDeliveryDoc[];
}

class JobDatasetDoc {
  @ApiProperty({ enum: JOB_OUTPUT_FORMATS }) format!: string;
  @ApiProperty({ example: 500000 }) size!: number;
  @ApiProperty({ type: [String], example: ['id', 'customer_id', 'total'] }) columns!: string[];
}

class JobResultDoc {
  @ApiProperty({ example: true }) success!: boolean;
  @ApiProperty({ example: 'Successfully generated 2 dataset(s)' }) message!: string;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/JobDatasetDoc' }, description: 'As /api/generate, without content' })
  datasets!: Record<string, JobDatasetDoc>;
  @ApiProperty({ type: MetadataDoc }) metadata!: MetadataDoc;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description:
      "Each file's URL, valid for DOWNLOAD_LINK_TTL from this answer: the dataset's name, <name>.defects for its defect manifest, " +
      '<name>/part-00000.parquet … for Parquet parts',
    example: { customers: 'http://127.0.0.1:3000/downloads/jobs/3f9c…/customers.json?expires=1705318260&signature=…' },
  })
  download_links!: Record<string, string>;
}

export class JobDoc {
  @ApiProperty({ example: '3f9c1e0a8b7d4c2e9f1a6b5d4c3e2f1a' }) job_id!: string;
  @ApiProperty({ enum: ['queued', 'planning', 'running', 'completed', 'failed', 'cancelled'] }) status!: string;
  @ApiProperty({ example: '2024-01-15T10:30:00Z' }) created_at!: string;
  @ApiProperty({ example: '2024-01-15T10:30:04Z' }) updated_at!: string;
  @ApiProperty({ type: String, nullable: true, example: '2024-01-15T10:30:01Z', description: 'When the first shard began; null until then' })
  started_at!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'When the job ended; null until then' }) finished_at!: string | null;
  @ApiProperty({ type: JobProgressDoc }) progress!: JobProgressDoc;
  @ApiPropertyOptional({ type: WebhookDoc, description: 'When the job has a webhook_url' }) webhook?: WebhookDoc;
  @ApiPropertyOptional({ type: JobResultDoc, description: 'When completed: the /api/generate envelope with download links' }) result?: JobResultDoc;
  @ApiPropertyOptional({ type: ErrorDoc, description: 'When failed' }) error?: ErrorDoc;
}

export const JOB_DOC_MODELS = [ProgressDoc, JobProgressDoc, WebhookDeliveryDoc, WebhookDoc, JobDatasetDoc, JobResultDoc];
