import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// Shapes of the public document, for the OpenAPI description only: the gateway writes these
// bodies as a stream, not from these classes.
class DatasetDoc {
  @ApiProperty({ enum: ['json', 'csv', 'sql'] }) format!: string;
  @ApiProperty({ example: 1000 }) size!: number;
  @ApiProperty({ type: [String], example: ['id', 'name', 'email', 'signup_date'] }) columns!: string[];
  @ApiProperty({
    description: 'json: an array of records whose keys are exactly `columns`; csv and sql: the text as one string',
    oneOf: [{ type: 'array', items: { type: 'object' } }, { type: 'string' }],
  })
  content!: unknown;
}

class ValidationDoc {
  @ApiProperty({ type: [String], example: ['customers', 'orders'] }) entity_types_generated!: string[];
  @ApiProperty({ example: 'completed' }) validation_status!: string;
  @ApiProperty({ minimum: 0, maximum: 10, example: 10 }) validation_score!: number;
}

class MetadataDoc {
  @ApiProperty({ example: 2 }) total_datasets!: number;
  @ApiProperty({ example: 2000 }) total_records!: number;
  @ApiProperty({ example: 3 }) reality_level!: number;
  @ApiProperty({ enum: ['json', 'csv', 'sql', 'ndjson'] }) output_format!: string;
  @ApiProperty({ example: 'E-commerce platform...' }) prompt!: string;
  @ApiProperty({ example: '2024-01-15T10:30:00Z' }) generation_timestamp!: string;
  @ApiProperty({ description: 'Send it back as `seed` to get the same bytes', example: 123456789 }) seed!: number;
  @ApiProperty({ enum: ['builtin', 'openai', 'user'] }) planner!: string;
  @ApiProperty({ type: [String], description: 'What the planner adjusted, e.g. the dataset count' }) warnings!: string[];
  @ApiProperty({ type: ValidationDoc }) validation!: ValidationDoc;
}

export class GenerateResponseDoc {
  @ApiProperty({ example: true }) success!: boolean;
  @ApiProperty({ example: 'Successfully generated 2 dataset(s)' }) message!: string;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/DatasetDoc' } })
  datasets!: Record<string, DatasetDoc>;
  @ApiProperty({ type: MetadataDoc }) metadata!: MetadataDoc;
  @ApiProperty({ type: Object, nullable: true, example: null, description: 'Only used by the web UI' }) download_links!: null;
}

export class ErrorDoc {
  @ApiProperty({ example: 'Invalid API key format' }) error!: string;
  @ApiProperty({ example: "API key must start with 'sk-'" }) detail!: string;
}

export class PayloadErrorDoc {
  @ApiProperty({ example: 'Invalid request payload' }) error!: string;
  @ApiProperty({ type: [String], example: ['Dataset size 2,000,000 exceeds limit. With 3 datasets, max size per dataset is 1,666,666'] })
  issues!: string[];
  @ApiPropertyOptional({ type: [String], example: [] }) suggestions!: string[];
}

export const DOC_MODELS = [DatasetDoc, ValidationDoc, MetadataDoc];
