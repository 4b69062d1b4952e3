import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsObject, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import {
  choiceText,
  DEFAULT_DATASET_SIZE,
  DEFAULT_DATASETS,
  DEFAULT_OUTPUT_FORMAT,
  DEFAULT_REALITY,
  DEFAULT_SQL_COPY,
  DEFAULT_SQL_DDL,
  DEFAULT_SQL_DIALECT,
  MAX_DATASET_SIZE,
  MAX_DATASETS,
  MAX_PREVIEW_RECORDS,
  MAX_REALITY,
  MAX_SCHEMA_DATASETS,
  MAX_SCHEMA_LENGTH,
  MAX_SEED,
  MAX_TOTAL_RECORDS,
  MIN_DATASET_SIZE,
  MIN_DATASETS,
  MIN_PREVIEW_RECORDS,
  MIN_REALITY,
  MIN_SEED,
  OUTPUT_FORMATS,
  type OutputFormatName,
  rangeText,
  SQL_DIALECTS,
  type SqlDialectName,
} from '../../../libs/api/src/request-limits.js';
import { formatCount } from '../../../libs/api/src/count-format.js';
import { DEFAULT_LOCALE, LOCALES, type LocaleName } from '../../../libs/api/src/locales.js';
import { DEFECT_KINDS } from '../../../libs/reality/src/defect-kinds.js';

const DATASETS_RULE = `datasets must be an integer ${rangeText(MIN_DATASETS, MAX_DATASETS)}`;
const DATASET_SIZE_RULE = `dataset_size must be an integer ${rangeText(MIN_DATASET_SIZE, MAX_DATASET_SIZE)}`;
const REALITY_RULE = `reality must be an integer ${rangeText(MIN_REALITY, MAX_REALITY)}`;
const PREVIEW_RECORDS_RULE = `preview_records must be an integer ${rangeText(MIN_PREVIEW_RECORDS, MAX_PREVIEW_RECORDS)}`;
const SEED_RULE = `seed must be an integer from ${MIN_SEED} to ${MAX_SEED}`;

// An optional field may be left out, but not sent as null: null is not a number or a format.
export const IfPresent = () => ValidateIf((_object: unknown, value: unknown) => value !== undefined);

// The fields POST /api/generate and POST /api/jobs share: the public document's, plus the
// reproducibility and SQL options. Types are checked as sent: "5" is not an integer. Each body
// adds its own output_format, since jobs offer formats a single response does not.
export abstract class GenerationFieldsDto {
  @ApiPropertyOptional({ description: 'Your OpenAI API key (sk-...); required only when the OpenAI planner runs against OpenAI; a local model server takes any key, or none', example: 'sk-your-openai-api-key' })
  @IfPresent()
  @IsString({ message: 'api_key must be a string' })
  api_key?: string;

  // class-validator runs a property's decorators bottom-up; the type check must come first.
  @ApiProperty({
    description: 'Natural language description of your dataset requirements (optional when a plan or a schema is sent)',
    example: 'Healthcare system with patients and appointments',
  })
  @ValidateIf((request: GenerationFieldsDto, value: unknown) => (request.plan === undefined && request.schema === undefined) || value !== undefined)
  @MaxLength(10_000, { message: 'prompt must be at most 10,000 characters' })
  @MinLength(1, { message: 'prompt must not be empty' })
  @IsString({ message: 'prompt is required and must be a string' })
  prompt?: string;

  @ApiPropertyOptional({ type: Object, description: 'A plan from POST /api/plan, possibly edited, instead of a prompt: no model call' })
  @IfPresent()
  @IsObject({ message: 'plan must be an object, as POST /api/plan returns it' })
  plan?: Record<string, unknown>;

  @ApiPropertyOptional({
    example: 'CREATE TABLE customers (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE);',
    description:
      `SQL DDL (PostgreSQL, MySQL/MariaDB or SQLite: CREATE TABLE, CREATE TYPE … AS ENUM, ALTER TABLE … ADD CONSTRAINT, CREATE [UNIQUE] INDEX) ` +
      `to plan from: every table becomes a dataset (at most ${MAX_SCHEMA_DATASETS}), dataset_size is the largest table's size. ` +
      'sql_dialect says the dialect when the text does not show it',
  })
  @IfPresent()
  @MaxLength(MAX_SCHEMA_LENGTH, { message: `schema must be at most ${formatCount(MAX_SCHEMA_LENGTH)} characters` })
  @MinLength(1, { message: 'schema must not be empty' })
  @IsString({ message: 'schema must be a string of SQL DDL' })
  schema?: string;

  // Each entry is checked in check-request-body.ts, which names the entry at fault.
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: MIN_DATASET_SIZE, maximum: MAX_DATASET_SIZE },
    example: { customers: 5000, orders: 50000 },
    description: 'Records of single datasets of a schema (or of a plan made from one), by table name; the others follow from dataset_size',
  })
  @IfPresent()
  @IsObject({ message: 'dataset_sizes must be an object of table names and record counts, e.g. {"orders": 50000}' })
  dataset_sizes?: Record<string, number>;

  @ApiPropertyOptional({ minimum: MIN_DATASETS, maximum: MAX_DATASETS, default: DEFAULT_DATASETS, description: 'Number of datasets to generate' })
  @IfPresent()
  @IsInt({ message: DATASETS_RULE })
  @Min(MIN_DATASETS, { message: DATASETS_RULE })
  @Max(MAX_DATASETS, { message: DATASETS_RULE })
  datasets?: number;

  @ApiPropertyOptional({
    minimum: MIN_DATASET_SIZE,
    maximum: MAX_DATASET_SIZE,
    default: DEFAULT_DATASET_SIZE,
    description: `Records per dataset; at most ${formatCount(MAX_TOTAL_RECORDS)} / datasets`,
  })
  @IfPresent()
  @IsInt({ message: DATASET_SIZE_RULE })
  @Min(MIN_DATASET_SIZE, { message: DATASET_SIZE_RULE })
  @Max(MAX_DATASET_SIZE, { message: DATASET_SIZE_RULE })
  dataset_size?: number;

  @ApiPropertyOptional({ minimum: MIN_REALITY, maximum: MAX_REALITY, default: DEFAULT_REALITY, description: 'Reality level: 0 clean ... 10 messy' })
  @IfPresent()
  @IsInt({ message: REALITY_RULE })
  @Min(MIN_REALITY, { message: REALITY_RULE })
  @Max(MAX_REALITY, { message: REALITY_RULE })
  reality?: number;

  @ApiPropertyOptional({ enum: SQL_DIALECTS, default: DEFAULT_SQL_DIALECT, description: 'Dialect of sql output' })
  @IfPresent()
  @IsIn(SQL_DIALECTS, { message: `sql_dialect must be ${choiceText(SQL_DIALECTS)}` })
  sql_dialect?: SqlDialectName;

  // Checked against output_format and sql_dialect in sql-output-problems.ts.
  @ApiPropertyOptional({
    default: DEFAULT_SQL_DDL,
    description:
      'For sql output: false leaves out the CREATE TABLE statements, giving data only, to load into a schema that already exists ' +
      '(yours, or the one POST /api/ddl answers for the same plan, dialect and reality)',
  })
  @IfPresent()
  @IsBoolean({ message: 'sql_ddl must be true or false' })
  sql_ddl?: boolean;

  @ApiPropertyOptional({
    default: DEFAULT_SQL_COPY,
    description:
      'For sql output in the postgres dialect: each dataset as a COPY ... FROM stdin block in text format instead of INSERT statements; ' +
      'psql -f loads it',
  })
  @IfPresent()
  @IsBoolean({ message: 'sql_copy must be true or false' })
  sql_copy?: boolean;

  @ApiPropertyOptional({
    enum: LOCALES,
    default: DEFAULT_LOCALE,
    description:
      'Locale of names, street addresses, cities, regions, postal codes, country, phone numbers and the default currency ' +
      '(Faker\'s data for it); e-mail addresses and usernames stay ASCII. Without it the planner may read one from the prompt ' +
      '("a German online shop"), saying so in metadata.warnings. Replaces the locale of a plan sent with the request.',
  })
  @IfPresent()
  @IsIn(LOCALES, { message: `locale must be ${choiceText(LOCALES)}` })
  locale?: LocaleName;

  @ApiPropertyOptional({ minimum: MIN_SEED, maximum: MAX_SEED, description: 'Same seed, same bytes; returned in metadata.seed' })
  @IfPresent()
  @IsInt({ message: SEED_RULE })
  @Min(MIN_SEED, { message: SEED_RULE })
  @Max(MAX_SEED, { message: SEED_RULE })
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

// The body of POST /api/generate.
export class GenerateRequestDto extends GenerationFieldsDto {
  @ApiPropertyOptional({ enum: OUTPUT_FORMATS, default: DEFAULT_OUTPUT_FORMAT })
  @IfPresent()
  @IsIn(OUTPUT_FORMATS, { message: `output_format must be ${choiceText(OUTPUT_FORMATS)}` })
  output_format?: OutputFormatName;

  // A job writes whole files; a preview is a response's business only.
  @ApiPropertyOptional({
    minimum: MIN_PREVIEW_RECORDS,
    maximum: MAX_PREVIEW_RECORDS,
    description:
      'Answer only the first N records of each dataset, exactly as the full generation writes them: keys, references and defects ' +
      "still follow the plan's sizes. Each dataset's size then counts the records answered.",
  })
  @IfPresent()
  @IsInt({ message: PREVIEW_RECORDS_RULE })
  @Min(MIN_PREVIEW_RECORDS, { message: PREVIEW_RECORDS_RULE })
  @Max(MAX_PREVIEW_RECORDS, { message: PREVIEW_RECORDS_RULE })
  preview_records?: number;
}

export const GENERATION_FIELDS: readonly string[] = [
  'api_key',
  'prompt',
  'plan',
  'schema',
  'dataset_sizes',
  'datasets',
  'dataset_size',
  'reality',
  'output_format',
  'sql_dialect',
  'sql_ddl',
  'sql_copy',
  'locale',
  'seed',
  'include_defects',
  'defect_rates',
];

export const GENERATE_FIELDS: readonly string[] = [...GENERATION_FIELDS, 'preview_records'];
