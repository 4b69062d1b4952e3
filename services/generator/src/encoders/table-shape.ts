import type { ValueKind } from '../../../../libs/catalogue/src/generator-catalogue.js';

// What an encoder needs to know of a dataset to write its preamble (CSV header, SQL DDL).
export interface ColumnShape {
  readonly name: string;
  readonly kind: ValueKind;
  readonly scale: number;
  readonly maxLength: number;
  readonly nullable: boolean;
  readonly unique: boolean;
  readonly primaryKey: boolean;
  readonly references?: { readonly table: string; readonly column: string };
}

export interface TableShape {
  readonly name: string;
  readonly size: number;
  readonly columns: readonly ColumnShape[];
  // Said to the reader before the table (SQL comments): why the schema is as it is.
  readonly notes?: readonly string[];
}
