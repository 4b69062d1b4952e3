import { OutputFormat, SqlDialect } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { csvEncoder } from './csv-encoder.js';
import { jsonEncoder, ndjsonEncoder } from './json-encoder.js';
import type { RecordEncoder } from './record-encoder.js';
import { MYSQL, POSTGRES, SQLITE, type SqlDialectRules } from './sql-dialects.js';
import { sqlEncoder } from './sql-encoder.js';
import type { TableShape } from './table-shape.js';
import { CSV_SYNTAX, JSON_SYNTAX, type ValueSyntax } from './value-syntax.js';

// The value syntax is needed to compile field writers, the encoder only once the table's
// columns are known; both come from the requested format.
export interface OutputFormatRules {
  readonly syntax: ValueSyntax;
  encoder(table: TableShape): RecordEncoder;
}

const SQL_DIALECTS: Readonly<Record<SqlDialect, SqlDialectRules>> = {
  [SqlDialect.SQL_DIALECT_UNSPECIFIED]: POSTGRES,
  [SqlDialect.SQL_DIALECT_POSTGRES]: POSTGRES,
  [SqlDialect.SQL_DIALECT_MYSQL]: MYSQL,
  [SqlDialect.SQL_DIALECT_SQLITE]: SQLITE,
  [SqlDialect.UNRECOGNIZED]: POSTGRES,
};

export function outputFormat(format: OutputFormat, dialect: SqlDialect): OutputFormatRules {
  switch (format) {
    case OutputFormat.OUTPUT_FORMAT_NDJSON:
      return { syntax: JSON_SYNTAX, encoder: ndjsonEncoder };
    case OutputFormat.OUTPUT_FORMAT_CSV:
      return { syntax: CSV_SYNTAX, encoder: csvEncoder };
    case OutputFormat.OUTPUT_FORMAT_SQL: {
      const rules = SQL_DIALECTS[dialect];
      return { syntax: rules.syntax, encoder: (table) => sqlEncoder(table, rules) };
    }
    default:
      return { syntax: JSON_SYNTAX, encoder: jsonEncoder };
  }
}
