import { Readable } from 'node:stream';
import { csvRecords } from './csv-records.js';

// How a column's CSV text becomes what LOAD DATA takes for its type.
export type ValueConversion = (text: string) => string;

// Booleans are TINYINT(1) there, and DATETIME refuses the ISO "T…Z" form of the same instant.
export const BOOLEAN_CONVERSION: ValueConversion = (text) => (text === 'true' ? '1' : text === 'false' ? '0' : text);
export const DATETIME_CONVERSION: ValueConversion = (text) => text.replace('T', ' ').replace(/Z$/, '');

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\\0' };

// The job's CSV re-written in LOAD DATA's own text format (tab between fields, \N for NULL,
// backslash escapes), the one format in which it tells NULL from an empty string. `lines`
// receives the CSV line of each row written, so a row LOAD DATA refuses can be named.
export function mysqlTextRows(csv: Readable, conversions: readonly (ValueConversion | undefined)[], onRow: (line: number, rows: number) => void): Readable {
  async function* rows() {
    let count = 0;
    let batch = '';
    for await (const record of csvRecords(csv)) {
      batch += record.values.map((value, index) => (value === null ? '\\N' : escape(conversions[index]?.(value) ?? value))).join('\t') + '\n';
      onRow(record.line, ++count);
      if (batch.length >= 65_536) {
        yield batch;
        batch = '';
      }
    }
    if (batch !== '') yield batch;
  }
  return Readable.from(rows(), { objectMode: false });
}

function escape(text: string): string {
  return /[\\\t\n\r\0]/.test(text) ? text.replace(/[\\\t\n\r\0]/g, (character) => ESCAPES[character]!) : text;
}
