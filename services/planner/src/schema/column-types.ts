import type { ValueKind } from '../../../../libs/catalogue/src/generator-catalogue.js';
import type { SchemaColumn } from './schema-model.js';

// The kind of value a SQL type holds, by the type's name in any of the three dialects; a name
// not listed is read as text and reported.
const KINDS: readonly [RegExp, ValueKind][] = [
  [/^(SMALLINT|INT|INTEGER|BIGINT|TINYINT|MEDIUMINT|INT2|INT4|INT8|SERIAL\d?|SMALLSERIAL|BIGSERIAL|YEAR)$/, 'integer'],
  [/^(NUMERIC|DECIMAL|DEC|MONEY|FIXED)$/, 'decimal'],
  [/^(REAL|FLOAT|FLOAT4|FLOAT8|DOUBLE|DOUBLE PRECISION)$/, 'float'],
  [/^(BOOLEAN|BOOL|BIT)$/, 'boolean'],
  [/^DATE$/, 'date'],
  [/^(TIMESTAMP|TIMESTAMPTZ|DATETIME|TIMESTAMP WITH(OUT)? TIME ZONE)$/, 'timestamp'],
  [/^UUID$/, 'uuid'],
  [/^(N?VARCHAR|VARCHAR2|N?CHAR|CHARACTER|CHARACTER VARYING|NATIONAL CHARACTER( VARYING)?|NVARCHAR2|VARYING CHARACTER|NATIVE CHARACTER|CITEXT|ENUM|SET)$/, 'string'],
  [/^(TEXT|N?TEXT|TINYTEXT|MEDIUMTEXT|LONGTEXT|CLOB|NCLOB|STRING)$/, 'text'],
];

// Types whose values no generator makes: the column is filled with text (or left null when it
// may be), and the plan says so.
const UNSUPPORTED = /^(BYTEA|BLOB|TINYBLOB|MEDIUMBLOB|LONGBLOB|BINARY|VARBINARY|JSON|JSONB|XML|TSVECTOR|TSQUERY|GEOMETRY|POINT|INET|CIDR|MACADDR|INTERVAL|TIME|TIMETZ|TIME WITH(OUT)? TIME ZONE|.*\[\])$/;

export function kindOfColumn(column: SchemaColumn): ValueKind | undefined {
  if (column.enumValues.length > 0) return 'string';
  if (/^INT\b/.test(column.typeName) && column.typeName !== 'INTERVAL') return 'integer';
  return KINDS.find(([pattern]) => pattern.test(column.typeName))?.[1];
}

export function isUnsupportedType(column: SchemaColumn): boolean {
  return UNSUPPORTED.test(column.typeName);
}

// The largest magnitude an integer column holds.
export function integerLimit(column: SchemaColumn): number {
  if (/^(TINYINT)$/.test(column.typeName)) return 127;
  if (/^(SMALLINT|INT2|SMALLSERIAL|SERIAL2)$/.test(column.typeName)) return 32_767;
  if (/^(MEDIUMINT)$/.test(column.typeName)) return 8_388_607;
  if (/^(BIGINT|INT8|BIGSERIAL|SERIAL8)$/.test(column.typeName)) return Number.MAX_SAFE_INTEGER;
  if (column.typeName === 'YEAR') return 2155;
  return 2_147_483_647;
}
