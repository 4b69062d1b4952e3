// What a DDL script declares, before it becomes a plan: tables with their columns and
// constraints, in the script's own order and spelling.
export interface SchemaColumn {
  readonly name: string;
  // The type as declared, e.g. "varchar(45)", "numeric(5,2)", "mpaa_rating".
  sqlType: string;
  // The type's name in upper case without arguments ("VARCHAR", "NUMERIC", "MPAA_RATING").
  typeName: string;
  length: number;
  scale: number;
  notNull: boolean;
  defaultSql: string;
  // SERIAL, AUTO_INCREMENT, AUTOINCREMENT, IDENTITY: the database numbers the rows.
  identity: boolean;
  unique: boolean;
  enumValues: string[];
  range?: { min: number; max: number };
  dates?: { start: string; end: string };
  // From CHECK (end_date > start_date): the date column this one comes after.
  follows?: { column: string; strict: boolean };
}

export interface SchemaForeignKey {
  readonly name: string;
  readonly columns: readonly string[];
  readonly table: string;
  // Empty when the script names none: the referenced table's primary key.
  readonly referencedColumns: readonly string[];
  readonly line: number;
}

export interface SchemaTable {
  readonly name: string;
  readonly line: number;
  readonly columns: SchemaColumn[];
  primaryKey: string[];
  // UNIQUE constraints and unique indexes of two or more columns.
  readonly uniqueKeys: string[][];
  readonly foreignKeys: SchemaForeignKey[];
}

export interface SchemaModel {
  readonly tables: SchemaTable[];
  // Things of the script not imported, in words a user can act on.
  readonly warnings: string[];
}

export function newColumn(name: string): SchemaColumn {
  return { name, sqlType: '', typeName: '', length: 0, scale: 0, notNull: false, defaultSql: '', identity: false, unique: false, enumValues: [] };
}
