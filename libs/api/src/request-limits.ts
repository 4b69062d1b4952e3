import { formatCount } from './count-format.js';

// The limits and defaults of the public API document ("Request Parameters", "Rate Limits"), in
// one place: the gateway's DTO, the planner's payload rules and every message quoting a bound
// read them from here.
export const MIN_DATASETS = 1;
export const MAX_DATASETS = 5;
export const DEFAULT_DATASETS = 2;

export const MIN_DATASET_SIZE = 1;
export const MAX_DATASET_SIZE = 5_000_000;
export const DEFAULT_DATASET_SIZE = 1000;

export const MAX_TOTAL_RECORDS = 5_000_000;

// A request with a `schema` makes a dataset of every table: real schemas have 8 to 30 tables.
// Its records still total at most MAX_TOTAL_RECORDS.
export const MAX_SCHEMA_DATASETS = 100;
// The longest `schema` text, in characters; the body limit (BODY_LIMIT) may refuse it first.
export const MAX_SCHEMA_LENGTH = 1_000_000;
// Without dataset_sizes, a table other tables reference gets this many times fewer records
// than the largest table referencing it: 10 orders per customer, 10 rentals per inventory item.
export const CHILDREN_PER_PARENT = 10;

export const MIN_REALITY = 0;
export const MAX_REALITY = 10;
export const DEFAULT_REALITY = 3;

// A preview answers at most this many records of each dataset.
export const MIN_PREVIEW_RECORDS = 1;
export const MAX_PREVIEW_RECORDS = 1000;

// A seed is any integer JSON carries exactly; one picked for the caller stays below 2^47 so it
// is short to type.
export const MIN_SEED = 0;
export const MAX_SEED = Number.MAX_SAFE_INTEGER;
export const PICKED_SEED_BOUND = 2 ** 47;

export const OUTPUT_FORMATS = ['json', 'csv', 'sql'] as const;
export type OutputFormatName = (typeof OUTPUT_FORMATS)[number];
export const DEFAULT_OUTPUT_FORMAT: OutputFormatName = 'json';

// A job writes a file per dataset instead of one response, so it also offers the formats that
// only make sense as files: NDJSON, and Parquet (a folder of part files per dataset).
export const JOB_OUTPUT_FORMATS = ['json', 'ndjson', 'csv', 'sql', 'parquet'] as const;
export type JobOutputFormatName = (typeof JOB_OUTPUT_FORMATS)[number];

// How a job's files are compressed: gzip makes each file a .gz. Parquet compresses inside its
// own pages, so it is only written uncompressed.
export const COMPRESSIONS = ['none', 'gzip'] as const;
export type CompressionName = (typeof COMPRESSIONS)[number];
export const DEFAULT_COMPRESSION: CompressionName = 'none';

// A webhook_url longer than this is refused: browsers and proxies cap URLs at about 2,000.
export const MAX_WEBHOOK_URL_LENGTH = 2048;

export const SQL_DIALECTS = ['postgres', 'mysql', 'sqlite'] as const;
export type SqlDialectName = (typeof SQL_DIALECTS)[number];
export const DEFAULT_SQL_DIALECT: SqlDialectName = 'postgres';

// sql output writes each table's CREATE TABLE before its records unless sql_ddl is false, and
// INSERT statements unless sql_copy asks for COPY blocks, which only PostgreSQL reads.
export const DEFAULT_SQL_DDL = true;
export const DEFAULT_SQL_COPY = false;
export const SQL_COPY_DIALECT: SqlDialectName = 'postgres';

export function maxSizePerDataset(datasets: number): number {
  return Math.floor(MAX_TOTAL_RECORDS / datasets);
}

// "from 1 to 5,000,000", as messages quote a bound.
export function rangeText(min: number, max: number): string {
  return `from ${formatCount(min)} to ${formatCount(max)}`;
}

// "one of "json", "csv", "sql"", as messages quote a closed set of names.
export function choiceText(names: readonly string[]): string {
  return `one of ${names.map((name) => `"${name}"`).join(', ')}`;
}
