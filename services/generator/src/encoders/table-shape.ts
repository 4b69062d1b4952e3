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
  // Part of a key or a foreign key of several columns (see TableShape): indexed, like a key.
  readonly keyPart?: boolean;
  // Numbered by the database in the imported schema (Field.identity).
  readonly identity?: boolean;
}

// A PRIMARY KEY or UNIQUE constraint over several columns, in the key's order.
export interface TableKey {
  readonly columns: readonly string[];
  readonly primaryKey: boolean;
}

// A FOREIGN KEY of several columns, referencing a key of several columns in the same order.
export interface TableReference {
  readonly columns: readonly string[];
  readonly table: string;
  readonly referencedColumns: readonly string[];
}

export interface TableShape {
  readonly name: string;
  readonly size: number;
  readonly columns: readonly ColumnShape[];
  // Said to the reader before the table (SQL comments): why the schema is as it is.
  readonly notes?: readonly string[];
  // Constraints over several columns; single-column ones are said by the columns.
  readonly keys?: readonly TableKey[];
  readonly foreignKeys?: readonly TableReference[];
  // The table whose rows this dataset's records update, rather than being rows of their own.
  readonly updates?: string;
}
