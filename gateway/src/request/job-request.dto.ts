import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import {
  choiceText,
  COMPRESSIONS,
  type CompressionName,
  DEFAULT_COMPRESSION,
  DEFAULT_OUTPUT_FORMAT,
  JOB_OUTPUT_FORMATS,
  type JobOutputFormatName,
  MAX_WEBHOOK_URL_LENGTH,
} from '../../../libs/api/src/request-limits.js';
import { formatCount } from '../../../libs/api/src/count-format.js';
import { GENERATION_FIELDS, GenerationFieldsDto, IfPresent } from './generate-request.dto.js';

// The body of POST /api/jobs: every field of /api/generate, the file formats only a job
// writes, and what to do with the files.
export class JobRequestDto extends GenerationFieldsDto {
  @ApiPropertyOptional({
    enum: JOB_OUTPUT_FORMATS,
    default: DEFAULT_OUTPUT_FORMAT,
    description: 'A file per dataset: json (an array), ndjson, csv, sql, or parquet (a folder of part files per dataset)',
  })
  @IfPresent()
  @IsIn(JOB_OUTPUT_FORMATS, { message: `output_format must be ${choiceText(JOB_OUTPUT_FORMATS)}` })
  output_format?: JobOutputFormatName;

  @ApiPropertyOptional({ enum: COMPRESSIONS, default: DEFAULT_COMPRESSION, description: 'gzip writes each file as .gz (not for parquet)' })
  @IfPresent()
  @IsIn(COMPRESSIONS, { message: `compression must be ${choiceText(COMPRESSIONS)}` })
  compression?: CompressionName;

  @ApiPropertyOptional({
    example: 'https://example.com/hooks/datagen',
    description:
      'Receives a signed POST {"event": "job.completed" | "job.failed" | "job.cancelled", "job": {...}} when the job ends; ' +
      'loopback, private and link-local addresses are refused unless the deployment allows them',
  })
  @IfPresent()
  @MaxLength(MAX_WEBHOOK_URL_LENGTH, { message: `webhook_url must be at most ${formatCount(MAX_WEBHOOK_URL_LENGTH)} characters` })
  @IsString({ message: 'webhook_url must be a string' })
  webhook_url?: string;
}

export const JOB_FIELDS: readonly string[] = [...GENERATION_FIELDS, 'compression', 'webhook_url'];
