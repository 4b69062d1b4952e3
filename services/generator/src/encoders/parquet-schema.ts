import type { SchemaElement } from 'hyparquet-writer';
import type { ColumnShape, TableShape } from './table-shape.js';

// The most digits an INT64 decimal carries: every clean value (units stay below 2^53, 16
// digits), and the outliers (a thousand times a value) of values below 10^15 units. A written
// value beyond is refused, with its column's name, rather than stored wrong.
export const DECIMAL_PRECISION = 18;

// The Parquet schema of a table: the plan's logical types, each with the converted type older
// readers know beside the logical type newer ones read. A column is OPTIONAL when the shape lets
// it hold null (at a messy level, every column but the keys).
export function parquetSchema(table: TableShape): SchemaElement[] {
  return [{ name: 'schema', num_children: table.columns.length }, ...table.columns.map(columnElement)];
}

function columnElement(column: ColumnShape): SchemaElement {
  const element = { name: column.name, repetition_type: column.nullable ? 'OPTIONAL' : 'REQUIRED' } as const;
  switch (column.kind) {
    case 'integer':
      return { ...element, type: 'INT64' };
    case 'decimal':
      return {
        ...element,
        type: 'INT64',
        converted_type: 'DECIMAL',
        precision: DECIMAL_PRECISION,
        scale: column.scale,
        logical_type: { type: 'DECIMAL', precision: DECIMAL_PRECISION, scale: column.scale },
      };
    case 'float':
      return { ...element, type: 'DOUBLE' };
    case 'boolean':
      return { ...element, type: 'BOOLEAN' };
    case 'date':
      return { ...element, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } };
    case 'timestamp':
      return { ...element, type: 'INT64', converted_type: 'TIMESTAMP_MICROS', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MICROS' } };
    default:
      return { ...element, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } };
  }
}
