import { encode } from '../engine/byte-sink.js';
import { escapeCsvText } from './escape.js';
import { NOTHING, type RecordEncoder } from './record-encoder.js';
import type { TableShape } from './table-shape.js';

// RFC 4180: a header line, CRLF line ends, text quoted (so "" is an empty string and an
// empty field is null).
export function csvEncoder(table: TableShape): RecordEncoder {
  const header = table.columns.map((column) => (/[",\r\n]/.test(column.name) ? '"' + escapeCsvText(column.name) + '"' : column.name)).join(',');
  const comma = encode(',');
  const end = encode('\r\n');
  return {
    preamble: encode(header + '\r\n'),
    recordStart: () => NOTHING,
    separators: table.columns.map((_, position) => (position === 0 ? NOTHING : comma)),
    recordEnd: () => end,
    closing: NOTHING,
  };
}
