import type { ColumnSource } from 'hyparquet-writer';
import { boolean, decimalUnits, epochDay, epochMicroseconds, float, hasEscapes, isNull, QUOTE } from './parquet-literals.js';
import { DECIMAL_PRECISION } from './parquet-schema.js';
import type { ColumnShape } from './table-shape.js';

type ColumnData = ColumnSource['data'];

// One column of the row group being read, filled value by value from the literals the engine
// wrote. A column that holds no null keeps its numbers in a typed array: a row group's values
// then hold no object that the garbage collector has to carry from one collection to the next.
export interface ColumnBuilder {
  // Empties the column for a row group of up to `rows` rows; the previous values stay with
  // the writer.
  start(rows: number): void;
  // Reads the literal bytes[start, end) as the value of row `row`.
  read(bytes: Buffer, start: number, end: number, row: number): void;
  // The values of the first `rows` rows.
  values(rows: number): ColumnData;
}

const INT64_LIMIT = 2n ** 63n - 1n;
const DECIMAL_LIMIT = 10n ** BigInt(DECIMAL_PRECISION) - 1n;

export function columnBuilder(column: ColumnShape): ColumnBuilder {
  switch (column.kind) {
    case 'integer':
      return new ValueColumn(column, (bytes, start, end) => within(decimalUnits(bytes, start, end, 0), INT64_LIMIT), BigInt64Array);
    case 'decimal': {
      const scale = column.scale;
      return new ValueColumn(column, (bytes, start, end) => within(decimalUnits(bytes, start, end, scale), DECIMAL_LIMIT), BigInt64Array);
    }
    case 'timestamp':
      return new ValueColumn(column, epochMicroseconds, BigInt64Array);
    case 'date':
      return new ValueColumn(column, epochDay, Int32Array);
    case 'float':
      return new ValueColumn(column, float, Float64Array);
    case 'boolean':
      return new ValueColumn(column, boolean, undefined);
    default:
      return new TextColumn(column);
  }
}

function within(units: bigint | undefined, limit: bigint): bigint | undefined {
  return units !== undefined && units <= limit && units >= -limit ? units : undefined;
}

type Parse<T> = (bytes: Buffer, start: number, end: number) => T | undefined;

class ValueColumn<T extends bigint | number | boolean> implements ColumnBuilder {
  private column: (T | null)[] | BigInt64Array | Int32Array | Float64Array = [];
  private slots: { [row: number]: T | null } = [];

  constructor(
    private readonly shape: ColumnShape,
    private readonly parse: Parse<T>,
    private readonly typed: (new (rows: number) => BigInt64Array | Int32Array | Float64Array) | undefined,
  ) {}

  start(rows: number): void {
    this.column = this.typed === undefined || this.shape.nullable ? new Array<T | null>(rows) : new this.typed(rows);
    this.slots = this.column as { [row: number]: T | null };
  }

  read(bytes: Buffer, start: number, end: number, row: number): void {
    const value = isNull(bytes, start) && this.shape.nullable ? null : this.parse(bytes, start, end);
    if (value === undefined) throw unreadable(this.shape, bytes, start, end);
    this.slots[row] = value;
  }

  values(rows: number): ColumnData {
    return firstRows(this.column, rows);
  }
}

// Text as the UTF-8 bytes of its characters. A number or a boolean that a defect left in a
// column of text keeps the literal's own spelling ("12.50", not 12.5).
class TextColumn implements ColumnBuilder {
  private column: (Uint8Array | null)[] = [];
  private readonly arena = new TextArena();

  constructor(private readonly shape: ColumnShape) {}

  start(rows: number): void {
    this.column = new Array<Uint8Array | null>(rows);
  }

  read(bytes: Buffer, start: number, end: number, row: number): void {
    if (isNull(bytes, start)) {
      if (!this.shape.nullable) throw unreadable(this.shape, bytes, start, end);
      this.column[row] = null;
    } else if (bytes[start] !== QUOTE) {
      this.column[row] = this.arena.copy(bytes, start, end);
    } else if (hasEscapes(bytes, start + 1, end - 1)) {
      this.column[row] = Buffer.from(JSON.parse(bytes.toString('utf8', start, end)) as string);
    } else {
      this.column[row] = this.arena.copy(bytes, start + 1, end - 1);
    }
  }

  values(rows: number): ColumnData {
    return firstRows(this.column, rows);
  }
}

const ARENA_CHUNK_BYTES = 64 * 1024;

// Copies of short byte strings, as views of a few large buffers rather than a buffer each: a
// buffer of its own costs far more than the dozen bytes of a name.
class TextArena {
  private chunk = Buffer.allocUnsafeSlow(ARENA_CHUNK_BYTES);
  private used = 0;

  copy(bytes: Buffer, start: number, end: number): Uint8Array {
    const length = end - start;
    if (this.used + length > this.chunk.length) {
      this.chunk = Buffer.allocUnsafeSlow(Math.max(ARENA_CHUNK_BYTES, length));
      this.used = 0;
    }
    const chunk = this.chunk;
    const from = this.used;
    for (let at = start, to = from; at < end; at++, to++) chunk[to] = bytes[at]!;
    this.used += length;
    return chunk.subarray(from, from + length);
  }
}

// The column cut to its first rows, in place: a column is filled once, then handed over.
function firstRows<T>(column: T[] | BigInt64Array | Int32Array | Float64Array, rows: number): ColumnData {
  if (!Array.isArray(column)) return column.subarray(0, rows);
  column.length = rows;
  return column;
}

function unreadable(column: ColumnShape, bytes: Buffer, start: number, end: number): Error {
  const literal = bytes.toString('utf8', start, Math.min(end, start + 100));
  return new Error(`Column "${column.name}" (${column.kind}${column.nullable ? '' : ', not null'}) cannot hold the written value ${literal}.`);
}
