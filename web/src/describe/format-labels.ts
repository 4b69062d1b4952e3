import type { JobOutputFormatName, SqlDialectName } from '../../../libs/api/src/request-limits';

// How the page names each SQL dialect.
export const SQL_DIALECT_LABELS: Readonly<Record<SqlDialectName, string>> = { postgres: 'PostgreSQL', mysql: 'MySQL / MariaDB', sqlite: 'SQLite' };

// How the page names each file format.
export const FORMAT_LABELS: Readonly<Record<JobOutputFormatName, string>> = {
  json: 'JSON (an array per dataset)',
  ndjson: 'NDJSON (one record per line)',
  csv: 'CSV (with a header line)',
  sql: 'SQL (CREATE TABLE and INSERT)',
  parquet: 'Parquet',
};
