import type { Readable } from 'node:stream';
import { CliFailure } from '../cli-failure.js';
import type { TableCsv } from './database-loader.js';
import { TableLoadFailure } from './table-load-failure.js';

export interface CsvRecord {
  // null for an empty unquoted field; text is always quoted, so "" stays an empty string.
  values: (string | null)[];
  // The line the record ends on (line 1 is the header).
  line: number;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

// The data records of a job's CSV (RFC 4180 as the generators write it), header skipped.
// Hand-written rather than csv-parse: telling a quoted empty field from an unquoted one needs
// csv-parse's per-field cast callback, which made it some 30 times slower (200,000 orders took
// 45 s instead of 1.4 s), too slow to feed a database.
export async function* csvRecords(body: Readable): AsyncGenerator<CsvRecord> {
  body.setEncoding('utf8');
  let pending = '';
  let line = 1;
  let header = true;
  for await (const chunk of body as AsyncIterable<string>) {
    const text = pending + chunk;
    let at = 0;
    let recordStart: number;
    let recordLine: number;
    const records: CsvRecord[] = [];
    // One record per turn from `at`; the chunk ending inside a record leaves it pending.
    parse: for (;;) {
      recordStart = at;
      recordLine = line;
      const values: (string | null)[] = [];
      for (;;) {
        if (at >= text.length) break parse;
        if (text.charCodeAt(at) === QUOTE) {
          let value = '';
          let from = at + 1;
          for (;;) {
            const close = text.indexOf('"', from);
            if (close === -1 || close + 1 >= text.length) break parse;
            value += text.slice(from, close);
            if (text.charCodeAt(close + 1) === QUOTE) {
              value += '"';
              from = close + 2;
              continue;
            }
            at = close + 1;
            break;
          }
          for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) line++;
          values.push(value);
        } else {
          let end = at;
          while (end < text.length) {
            const code = text.charCodeAt(end);
            if (code === COMMA || code === CR || code === LF) break;
            end++;
          }
          if (end >= text.length) break parse;
          values.push(end === at ? null : text.slice(at, end));
          at = end;
        }
        const separator = text.charCodeAt(at);
        if (separator === COMMA) {
          at++;
          continue;
        }
        if (separator === CR) {
          if (at + 1 >= text.length) break parse;
          at += text.charCodeAt(at + 1) === LF ? 2 : 1;
        } else if (separator === LF) at++;
        else throw new Error(`line ${line} of the CSV is malformed after a quoted field`);
        if (header) header = false;
        else records.push({ values, line });
        line++;
        break;
      }
    }
    pending = text.slice(recordStart);
    line = recordLine;
    yield* records;
  }
  if (pending !== '') throw new Error(`the CSV ends inside a record at line ${line}`);
}

// Runs `run` on each record's values, one statement a row, naming the CSV line of a row the
// database refuses; the rows. A synchronous `run` (SQLite's) is not awaited row by row.
export async function eachRecord(csv: TableCsv, run: (values: (string | null)[]) => unknown): Promise<number> {
  let rows = 0;
  try {
    for await (const record of csvRecords(csv.body)) {
      try {
        const result = run(record.values);
        if (result instanceof Promise) await result;
      } catch (error) {
        throw new TableLoadFailure(csv.table, record.line, error instanceof Error ? error.message : String(error));
      }
      if (++rows % 10_000 === 0) csv.onRows(rows);
    }
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new TableLoadFailure(csv.table, undefined, error instanceof Error ? error.message : String(error));
  }
  csv.onRows(rows);
  return rows;
}
