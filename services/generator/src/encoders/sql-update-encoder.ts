import { encode } from '../engine/byte-sink.js';
import type { RecordEncoder } from './record-encoder.js';
import type { SqlDialectRules } from './sql-dialects.js';
import type { TableShape } from './table-shape.js';

// The records of a dataset that updates another (`table.updates`, how a cycle between tables
// is closed once both are loaded), one UPDATE statement each: its first columns are set on the
// record its trailing key columns (references to the updated table) name.
export function sqlUpdateEncoder(table: TableShape, dialect: SqlDialectRules): RecordEncoder {
  const quote = dialect.quote;
  const updated = table.updates!;
  // A reference of one field names its table on the column; a foreign key group, on the table.
  const group = new Set((table.foreignKeys ?? []).filter((key) => key.table === updated).flatMap((key) => key.columns));
  const firstKey = table.columns.findIndex((column) => column.references?.table === updated || group.has(column.name));
  const separators = table.columns.map((column, position) => {
    if (position === 0) return encode(`UPDATE ${quote(updated)} SET ${quote(column.name)} = `);
    if (position < firstKey) return encode(`, ${quote(column.name)} = `);
    return encode(`${position === firstKey ? ' WHERE' : ' AND'} ${quote(column.name)} = `);
  });
  const nothing = encode('');
  const statementEnd = encode(';\n');
  return {
    preamble: encode(dialect.preamble),
    recordStart: () => nothing,
    separators,
    recordEnd: () => statementEnd,
    closing: nothing,
  };
}
