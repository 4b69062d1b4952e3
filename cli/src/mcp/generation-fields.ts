import { z } from 'zod';
import {
  COMPRESSIONS,
  DEFAULT_COMPRESSION,
  DEFAULT_DATASET_SIZE,
  DEFAULT_DATASETS,
  DEFAULT_OUTPUT_FORMAT,
  DEFAULT_REALITY,
  DEFAULT_SQL_DIALECT,
  JOB_OUTPUT_FORMATS,
  MAX_DATASET_SIZE,
  MAX_DATASETS,
  MAX_REALITY,
  MAX_SEED,
  MAX_TOTAL_RECORDS,
  MIN_DATASET_SIZE,
  MIN_DATASETS,
  MIN_REALITY,
  MIN_SEED,
  SQL_DIALECTS,
  rangeText,
} from '../../../libs/api/src/request-limits.js';
import { DEFAULT_LOCALE, LOCALES } from '../../../libs/api/src/locales.js';
import { formatCount } from '../../../libs/api/src/count-format.js';
import type { GenerationBody } from '../../../libs/client/src/generation-body.js';
import type { PlanJson } from '../../../libs/client/src/plan-types.js';

// The request fields the tools share, described for an assistant that has never seen DataGen.
// Numbers are declared as integers only: their bounds are the API's to check, so an assistant
// reads the API's own issue and suggestion text when it oversteps one (the descriptions quote
// the bounds from the same constants).

const prompt = z
  .string()
  .describe('What data is needed, in plain language, naming the entities and anything notable, e.g. "An online shop with customers, products and orders; orders placed in 2024".');

const schema = z
  .string()
  .describe('SQL DDL text (CREATE TABLE statements of PostgreSQL, MySQL/MariaDB or SQLite) to generate data for: every table becomes a dataset, keeping its columns, types and constraints. Instead of or together with `prompt`.');

const plan = z
  .record(z.string(), z.unknown())
  .describe('A plan exactly as plan_dataset returned it (its `plan` object), possibly edited (rename a column, change enum values or ranges). Instead of `prompt`/`schema`: the same plan and seed always give the same records.');

const datasets = z
  .number()
  .int()
  .describe(`How many related datasets (tables) to plan from a prompt, ${rangeText(MIN_DATASETS, MAX_DATASETS)} (default ${DEFAULT_DATASETS}); adjusted to the entities the prompt names.`);

const datasetSize = z
  .number()
  .int()
  .describe(
    `Records per dataset, ${rangeText(MIN_DATASET_SIZE, MAX_DATASET_SIZE)} (default ${formatCount(DEFAULT_DATASET_SIZE)}); with a schema, the size of the largest table. ` +
      `At most ${formatCount(MAX_TOTAL_RECORDS)} records in all datasets together.`,
  );

const reality = z
  .number()
  .int()
  .describe(
    `How messy the data is, ${rangeText(MIN_REALITY, MAX_REALITY)} (default ${DEFAULT_REALITY}): 0-2 clean; 3-5 minor problems (format variations, occasional nulls); ` +
      '6-8 moderate (duplicates, typos, missing values); 9-10 heavy (inconsistent formats, many nulls, outliers, orphan foreign keys, encoding glitches at 10).',
  );

const seed = z
  .number()
  .int()
  .describe(`Makes the output reproducible, ${rangeText(MIN_SEED, MAX_SEED)}: the same plan, reality and seed always give the same records. Random when left out; answers say which seed was used.`);

const locale = z
  .enum(LOCALES)
  .describe(`Locale of names, addresses, postal codes, phone numbers and currency (default ${DEFAULT_LOCALE}, or the one the prompt names: "a German online shop" gives de). E-mails stay ASCII.`);

// What plan_dataset and preview_data take: enough to decide the datasets and their records.
export const planFields = {
  prompt: prompt.optional(),
  schema: schema.optional(),
  datasets: datasets.optional(),
  dataset_size: datasetSize.optional(),
  reality: reality.optional(),
  seed: seed.optional(),
  locale: locale.optional(),
};

// What preview_data takes besides how many records: a plan, or what to plan from.
export const planOrPromptFields = { ...planFields, plan: plan.optional() };

// What start_job takes: a plan or what to plan from, and how the files are written.
export const jobFields = {
  ...planOrPromptFields,
  format: z.enum(JOB_OUTPUT_FORMATS).optional().describe(`File format of each dataset (default ${DEFAULT_OUTPUT_FORMAT}); parquet writes a folder of part files per dataset.`),
  sql_dialect: z.enum(SQL_DIALECTS).optional().describe(`SQL dialect when format is sql (default ${DEFAULT_SQL_DIALECT}).`),
  compression: z.enum(COMPRESSIONS).optional().describe(`Compression of each file (default ${DEFAULT_COMPRESSION}); gzip makes each file a .gz. Not with parquet, which is compressed inside.`),
};

export type GenerationInput = z.infer<z.ZodObject<typeof jobFields>>;

// A tool's arguments as the REST body the API documents; fields left out stay out, so the
// server's defaults apply.
export function generationBody(input: GenerationInput): GenerationBody {
  return {
    prompt: input.prompt,
    schema: input.schema,
    // The server checks a plan field by field and answers what is wrong with it.
    plan: input.plan as PlanJson | undefined,
    datasets: input.datasets,
    dataset_size: input.dataset_size,
    reality: input.reality,
    seed: input.seed,
    locale: input.locale,
    output_format: input.format,
    sql_dialect: input.sql_dialect,
    compression: input.compression,
  };
}
