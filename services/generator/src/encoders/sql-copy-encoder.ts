import { encode, type ByteSink } from '../engine/byte-sink.js';
import { NOTHING, type RecordEncoder } from './record-encoder.js';
import { COPY_TEXT_GROWTH, writeCopyText } from './sql-copy-text.js';
import { POSTGRES } from './sql-dialects.js';
import { createTable, identityCatchUp } from './sql-encoder.js';
import type { TableShape } from './table-shape.js';

// PostgreSQL's fastest load from a script: one COPY ... FROM stdin block per dataset, rows in
// COPY's text format, ended by "\.". The block opens in the preamble (record 0) and ends in
// the closing (after the last record), so ranges concatenate to the whole like a JSON array.
// Values are written as SQL literals, in the syntax every field writer and defect already
// speaks, and each batch is rewritten into COPY text (sql-copy-text.ts).
export function sqlCopyEncoder(table: TableShape, dataOnly: boolean): RecordEncoder {
  const quote = POSTGRES.quote;
  const header = `COPY ${quote(table.name)} (${table.columns.map((column) => quote(column.name)).join(', ')}) FROM stdin;\n`;
  const tab = encode('\t');
  const newline = encode('\n');
  let literals = Buffer.alloc(0);
  return {
    preamble: encode(POSTGRES.preamble + (dataOnly ? '' : createTable(table, POSTGRES)) + header),
    recordStart: () => NOTHING,
    separators: table.columns.map((_, position) => (position === 0 ? NOTHING : tab)),
    recordEnd: () => newline,
    closing: encode('\\.\n' + identityCatchUp(table, POSTGRES)),
    rewrite: (sink: ByteSink, from: number) => {
      const length = sink.length - from;
      if (literals.length < length) literals = Buffer.allocUnsafe(Math.max(length, literals.length * 2));
      sink.view().copy(literals, 0, from);
      sink.length = from;
      sink.fill(length * COPY_TEXT_GROWTH, (buffer, at) => writeCopyText(literals, length, buffer, at));
    },
  };
}
