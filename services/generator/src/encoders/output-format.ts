import { OutputFormat, SqlDialect, type SqlOptions } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import type { Dataset } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { PlanError } from '../engine/plan-error.js';
import { csvEncoder } from './csv-encoder.js';
import { jsonEncoder, ndjsonEncoder } from './json-encoder.js';
import type { RecordEncoder } from './record-encoder.js';
import { MYSQL, POSTGRES, SQLITE, type SqlDialectRules } from './sql-dialects.js';
import { sqlCopyEncoder } from './sql-copy-encoder.js';
import { createTable, sqlEncoder } from './sql-encoder.js';
import { sqlUpdateEncoder } from './sql-update-encoder.js';
import type { TableShape } from './table-shape.js';
import { CSV_SYNTAX, JSON_SYNTAX, type ValueSyntax } from './value-syntax.js';

// The value syntax is needed to compile field writers, the encoder only once the table's
// columns are known; both come from the requested format.
export interface OutputFormatRules {
  readonly syntax: ValueSyntax;
  encoder(table: TableShape): RecordEncoder;
  // The table's definition alone, as the format writes it before the records (SQL's CREATE
  // TABLE); unset for a format that writes none.
  tableDefinition?(table: TableShape): string;
  // The plan's names this format cannot carry, one sentence each: SQL names no quoting loads.
  refusedNames(datasets: readonly Dataset[]): string[];
}

const ANY_NAME = (): string[] => [];

const SQL_DIALECTS: Readonly<Record<SqlDialect, SqlDialectRules>> = {
  [SqlDialect.SQL_DIALECT_UNSPECIFIED]: POSTGRES,
  [SqlDialect.SQL_DIALECT_POSTGRES]: POSTGRES,
  [SqlDialect.SQL_DIALECT_MYSQL]: MYSQL,
  [SqlDialect.SQL_DIALECT_SQLITE]: SQLITE,
  [SqlDialect.UNRECOGNIZED]: POSTGRES,
};

// SQL options apply to the SQL format only and are ignored by the others, as the dialect is.
export function outputFormat(format: OutputFormat, dialect: SqlDialect, sql?: SqlOptions | null): OutputFormatRules {
  switch (format) {
    case OutputFormat.OUTPUT_FORMAT_NDJSON:
      return { syntax: JSON_SYNTAX, encoder: ndjsonEncoder, refusedNames: ANY_NAME };
    case OutputFormat.OUTPUT_FORMAT_CSV:
      return { syntax: CSV_SYNTAX, encoder: csvEncoder, refusedNames: ANY_NAME };
    case OutputFormat.OUTPUT_FORMAT_SQL: {
      const rules = SQL_DIALECTS[dialect];
      const dataOnly = sql?.dataOnly === true;
      const copy = sql?.copy === true;
      if (copy && rules !== POSTGRES) throw new PlanError(`COPY ... FROM stdin blocks are PostgreSQL's: sql_options.copy needs SQL_DIALECT_POSTGRES, not ${SqlDialect[dialect]}.`);
      return {
        syntax: rules.syntax,
        encoder: (table) => (table.updates !== undefined ? sqlUpdateEncoder(table, rules) : copy ? sqlCopyEncoder(table, dataOnly) : sqlEncoder(table, rules, dataOnly)),
        // A dataset updating another has no table of its own.
        tableDefinition: (table) => (table.updates !== undefined ? '' : createTable(table, rules)),
        refusedNames: (datasets) => refusedSqlNames(datasets, rules),
      };
    }
    case OutputFormat.OUTPUT_FORMAT_PARQUET:
      throw new PlanError('Parquet cannot be streamed in ranges: a Parquet file does not concatenate, so it is written only as job files, one per shard.');
    default:
      return { syntax: JSON_SYNTAX, encoder: jsonEncoder, refusedNames: ANY_NAME };
  }
}

function refusedSqlNames(datasets: readonly Dataset[], rules: SqlDialectRules): string[] {
  return datasets.flatMap((dataset) => {
    const table = rules.refuses(dataset.name, 'table');
    const columns = dataset.fields.flatMap((field) => {
      const reason = rules.refuses(field.name, 'column');
      return reason === undefined ? [] : [`Field "${dataset.name}.${field.name}": ${reason}; rename it.`];
    });
    return [...(table === undefined ? [] : [`Dataset "${dataset.name}": ${table}; rename it.`]), ...columns];
  });
}
