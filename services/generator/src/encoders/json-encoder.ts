import { encode, type Token } from '../engine/byte-sink.js';
import { escapeJsonText } from './escape.js';
import { NOTHING, type RecordEncoder } from './record-encoder.js';
import type { TableShape } from './table-shape.js';

// Objects with keys in column order: what goes before each value.
export function jsonKeys(table: TableShape): Token[] {
  return table.columns.map((column, position) => encode((position === 0 ? '' : ',') + '"' + escapeJsonText(column.name) + '":'));
}

// The whole dataset is one array.
export function jsonEncoder(table: TableShape): RecordEncoder {
  const first = encode('{');
  const next = encode(',{');
  const end = encode('}');
  return {
    preamble: encode('['),
    recordStart: (index) => (index === 0 ? first : next),
    separators: jsonKeys(table),
    recordEnd: () => end,
    closing: encode(']'),
  };
}

// One object per line.
export function ndjsonEncoder(table: TableShape): RecordEncoder {
  const start = encode('{');
  const end = encode('}\n');
  return {
    preamble: NOTHING,
    recordStart: () => start,
    separators: jsonKeys(table),
    recordEnd: () => end,
    closing: NOTHING,
  };
}
