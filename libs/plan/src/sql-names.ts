// Names that no quoting makes loadable as SQL. The planners steer around them; the generator
// refuses them in a plan whose output is SQL of the dialect that cannot take them.

// PostgreSQL refuses a column named like one of its system columns, quoted or not.
const POSTGRES_SYSTEM_COLUMNS: ReadonlySet<string> = new Set(['tableoid', 'xmin', 'cmin', 'xmax', 'cmax', 'ctid']);

export function isPostgresSystemColumn(name: string): boolean {
  return POSTGRES_SYSTEM_COLUMNS.has(name);
}

// SQLite keeps the tables whose names start with "sqlite_", in any letter case, for itself.
export function isSqliteInternalTable(name: string): boolean {
  return name.toLowerCase().startsWith('sqlite_');
}

// MySQL and MariaDB refuse longer table and column names.
export const MYSQL_MAX_IDENTIFIER_LENGTH = 64;
