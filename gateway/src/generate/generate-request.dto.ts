import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsObject, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { DEFECT_KINDS } from '../../../libs/reality/src/defect-kinds.js';

export const OUTPUT_FORMATS = ['json', 'csv', 'sql'] as const;
export const SQL_DIALECTS = ['postgres', 'mysql', 'sqlite'] as const;
export const MAX_DATASETS = 5;
export const MAX_DATASET_SIZE = 5_000_000;
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

// An optional field may be left out, but not sent as null: null is not a number or a format.
const IfPresent = () => ValidateIf((_object: unknown, value: unknown) => value !== undefined);

// The body of POST /api/generate, as the public document defines it, plus the reproducibility
// and SQL options. Types are checked as sent: "5" is not an integer.
export class GenerateRequestDto {
  @ApiPropertyOptional({ description: 'Your OpenAI API key (sk-...); required only when the OpenAI planner runs', example: 'sk-your-openai-api-key' })
  @IfPresent()
  @IsString({ message: 'api_key must be a string' })
  api_key?: string;

  // class-validator runs a property's decorators bottom-up; the type check must come first.
  @ApiProperty({
    description: 'Natural language description of your dataset requirements (optional when a plan is sent)',
    example: 'Healthcare system with patients and appointments',
  })
  @ValidateIf((request: GenerateRequestDto, value: unknown) => request.plan === undefined || value !== undefined)
  @MaxLength(10_000, { message: 'prompt must be at most 10,000 characters' })
  @MinLength(1, { message: 'prompt must not be empty' })
  @IsString({ message: 'prompt is required and must be a string' })
  prompt?: string;

  @ApiPropertyOptional({ type: Object, description: 'A plan from POST /api/plan, possibly edited, instead of a prompt: no model call' })
  @IfPresent()
  @IsObject({ message: 'plan must be an object, as POST /api/plan returns it' })
  plan?: Record<string, unknown>;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, default: 2, description: 'Number of datasets to generate' })
  @IfPresent()
  @IsInt({ message: 'datasets must be an integer from 1 to 5' })
  @Min(1, { message: 'datasets must be an integer from 1 to 5' })
  @Max(MAX_DATASETS, { message: 'datasets must be an integer from 1 to 5' })
  datasets?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 5_000_000, default: 1000, description: 'Records per dataset; at most 5,000,000 / datasets' })
  @IfPresent()
  @IsInt({ message: 'dataset_size must be an integer from 1 to 5,000,000' })
  @Min(1, { message: 'dataset_size must be an integer from 1 to 5,000,000' })
  @Max(MAX_DATASET_SIZE, { message: 'dataset_size must be an integer from 1 to 5,000,000' })
  dataset_size?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10, default: 3, description: 'Reality level: 0 clean ... 10 messy' })
  @IfPresent()
  @IsInt({ message: 'reality must be an integer from 0 to 10' })
  @Min(0, { message: 'reality must be an integer from 0 to 10' })
  @Max(10, { message: 'reality must be an integer from 0 to 10' })
  reality?: number;

  @ApiPropertyOptional({ enum: OUTPUT_FORMATS, default: 'json' })
  @IfPresent()
  @IsIn(OUTPUT_FORMATS, { message: 'output_format must be one of "json", "csv", "sql"' })
  output_format?: (typeof OUTPUT_FORMATS)[number];

  @ApiPropertyOptional({ enum: SQL_DIALECTS, default: 'postgres', description: 'Dialect of sql output' })
  @IfPresent()
  @IsIn(SQL_DIALECTS, { message: 'sql_dialect must be one of "postgres", "mysql", "sqlite"' })
  sql_dialect?: (typeof SQL_DIALECTS)[number];

  @ApiPropertyOptional({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Same seed, same bytes; returned in metadata.seed' })
  @IfPresent()
  @IsInt({ message: `seed must be an integer from 0 to ${MAX_SEED}` })
  @Min(0, { message: `seed must be an integer from 0 to ${MAX_SEED}` })
  @Max(MAX_SEED, { message: `seed must be an integer from 0 to ${MAX_SEED}` })
  seed?: number;

  @ApiPropertyOptional({
    default: false,
    description: "Add each dataset's defect manifest: every (record index, column, defect kind, clean value) the reality level injected",
  })
  @IfPresent()
  @IsBoolean({ message: 'include_defects must be true or false' })
  include_defects?: boolean;

  // Each entry is checked in validate-generate-request.ts, which can suggest the closest kind.
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'number', minimum: 0, maximum: 1 },
    example: { null: 0.2, typo: 0.05 },
    description:
      `Rates replacing the reality level's for some defect kinds, at any level (0 included): the share of the values a kind can apply to ` +
      `(of the records, for duplicate_row and near_duplicate_row) that receive it, each from 0 to 1. Kinds: ${DEFECT_KINDS.join(', ')}. ` +
      'Echoed in metadata.defect_rates.',
  })
  @IfPresent()
  @IsObject({ message: 'defect_rates must be an object of defect kinds and rates from 0 to 1, e.g. {"null": 0.2}' })
  defect_rates?: Record<string, number>;
}

export const KNOWN_FIELDS: readonly string[] = [
  'api_key',
  'prompt',
  'plan',
  'datasets',
  'dataset_size',
  'reality',
  'output_format',
  'sql_dialect',
  'seed',
  'include_defects',
  'defect_rates',
];
