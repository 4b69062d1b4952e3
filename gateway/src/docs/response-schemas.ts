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

class ValidationChecksDoc {
  @ApiProperty({ minimum: 0, maximum: 1, example: 1, description: '1 − type_mismatches / values' }) type_conformance!: number;
  @ApiProperty({ minimum: 0, maximum: 1, example: 1, description: '1 − duplicate_keys / records' }) key_uniqueness!: number;
  @ApiProperty({ minimum: 0, maximum: 1, example: 1, description: '1 − orphan_references / references' }) referential_integrity!: number;
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.9885, description: '1 − missing_values / required_values' }) completeness!: number;
}

class ValidationCountsDoc {
  @ApiProperty({ example: 2000 }) records!: number;
  @ApiProperty({ example: 180, description: 'Records with at least one failing check' }) failing_records!: number;
  @ApiProperty({ example: 18000, description: 'Field values written' }) values!: number;
  @ApiProperty({ example: 0, description: 'Values whose text is not the canonical form of the planned type ("1,234.50", "yes", "03/15/2024")' })
  type_mismatches!: number;
  @ApiProperty({ example: 0, description: "Records whose primary key repeats an earlier record's" }) duplicate_keys!: number;
  @ApiProperty({ example: 1000, description: 'Foreign key values that are not null' }) references!: number;
  @ApiProperty({ example: 0, description: 'Foreign key values that match no record' }) orphan_references!: number;
  @ApiProperty({ example: 16000, description: 'Values of the fields the plan does not declare nullable' }) required_values!: number;
  @ApiProperty({ example: 184, description: 'Of those, values that are null or empty' }) missing_values!: number;
}

class ValidationDoc {
  @ApiProperty({ type: [String], example: ['customers', 'orders'] }) entity_types_generated!: string[];
  @ApiProperty({ example: 'completed' }) validation_status!: string;
  @ApiProperty({ minimum: 0, maximum: 10, example: 9.1, description: '10 × the share of records that pass every check, to one decimal' })
  validation_score!: number;
  @ApiProperty({ type: ValidationChecksDoc }) checks!: ValidationChecksDoc;
  @ApiProperty({ type: ValidationCountsDoc, description: 'Counted by the generators as they wrote the records' }) counts!: ValidationCountsDoc;
}

class DefectsDoc {
  @ApiProperty({ example: 215 }) total!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { null: 184, whitespace: 16, case: 15 } })
  by_kind!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } }, example: { customers: { null: 96 } } })
  by_dataset!: Record<string, Record<string, number>>;
}

export class MetadataDoc {
  @ApiProperty({ example: 2 }) total_datasets!: number;
  @ApiProperty({ example: 2000 }) total_records!: number;
  @ApiProperty({ example: 3 }) reality_level!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { null: 0.2, typo: 0.05 },
    description: 'The defect_rates the request set, {} when none',
  })
  defect_rates!: Record<string, number>;
  @ApiProperty({ enum: ['json', 'csv', 'sql', 'ndjson', 'parquet'], description: 'parquet for jobs only' }) output_format!: string;
  @ApiProperty({ example: 'E-commerce platform...' }) prompt!: string;
  @ApiProperty({ example: '2024-01-15T10:30:00Z' }) generation_timestamp!: string;
  @ApiProperty({ description: 'Send it back as `seed` to get the same bytes', example: 123456789 }) seed!: number;
  @ApiProperty({ enum: ['builtin', 'openai', 'user'] }) planner!: string;
  @ApiProperty({ type: [String], description: 'What the planner adjusted, e.g. the dataset count' }) warnings!: string[];
  @ApiProperty({ type: DefectsDoc, description: 'Every defect the reality level and defect_rates injected' }) defects!: DefectsDoc;
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

export const DOC_MODELS = [DatasetDoc, ValidationChecksDoc, ValidationCountsDoc, ValidationDoc, DefectsDoc, MetadataDoc];
