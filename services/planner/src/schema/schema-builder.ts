import type { SqlDialectName } from '../../../../libs/api/src/request-limits.js';
import { applyCheck, identifierText, literal } from './check-reader.js';
import { ddlFailure } from './ddl-failure.js';
import type { DdlStatement } from './ddl-statements.js';
import { newColumn, type SchemaColumn, type SchemaForeignKey, type SchemaModel, type SchemaTable } from './schema-model.js';
import { isWord, unquoted, type SqlToken } from './sql-tokens.js';
import type { ParsedStatement, SqlAst } from './statement-parser.js';
import { bodyItems, isColumnItem, typeTokens } from './table-body.js';

const IDENTITY_TYPES = new Set(['SERIAL', 'BIGSERIAL', 'SMALLSERIAL', 'SERIAL4', 'SERIAL8', 'SERIAL2']);

// Collects the tables of a script statement by statement: CREATE TABLE adds one, ALTER TABLE
// and CREATE UNIQUE INDEX add constraints to one, CREATE TYPE … AS ENUM and CREATE DOMAIN name
// types its columns may use.
export class SchemaBuilder {
  readonly tables: SchemaTable[] = [];
  readonly warnings: string[] = [];
  // Tables the import leaves out (partitions): statements about them are left out too.
  readonly skippedTables = new Set<string>();
  private readonly enums = new Map<string, string[]>();
  private readonly domains = new Map<string, string>();

  constructor(private readonly dialect: SqlDialectName) {}

  table(parsed: ParsedStatement, statement: DdlStatement): void {
    const ast = parsed.ast;
    const name = this.name(ast.table?.[0]?.table, statement);
    if (this.find(name) !== undefined) throw ddlFailure(statement.line, `table ${name} is created twice`, 'Create each table once');
    const table: SchemaTable = { name, line: statement.line, columns: [], primaryKey: [], uniqueKeys: [], foreignKeys: [] };
    const items = new Map(bodyItems(statement.text).filter(isColumnItem).map((item) => [this.name(unquoted(item.tokens[0]!), statement), item.tokens]));
    for (const definition of ast.create_definitions ?? []) {
      if (definition.resource === 'column') this.column(table, definition, parsed, statement, items);
    }
    for (const definition of ast.create_definitions ?? []) {
      if (definition.resource === 'constraint') this.constraint(table, definition, statement);
    }
    for (const computed of parsed.computedColumns) {
      this.warnings.push(`Table ${name}: column ${computed} is computed by the database, so it is not generated; it fills itself when the rows are loaded`);
    }
    this.tables.push(table);
  }

  enumType(ast: SqlAst): void {
    const name = String(ast.name?.name ?? '').toLowerCase();
    const values = (ast.create_definitions?.value ?? []).map(literal).filter((value: string | undefined) => value !== undefined);
    this.enums.set(name, values);
  }

  // CREATE DOMAIN name AS type: columns of the domain take its base type.
  domain(statement: DdlStatement): void {
    const tokens = statement.tokens;
    const name = unquoted(tokens[2]!).toLowerCase();
    const start = isWord(tokens[3], 'AS') ? 4 : 3;
    const end = tokens.findIndex((token, index) => index >= start && isWord(token, 'CONSTRAINT', 'CHECK', 'DEFAULT', 'NOT', 'NULL', 'COLLATE'));
    const base = tokens.slice(start, end < 0 ? undefined : end);
    this.domains.set(name, statement.text.slice(base[0]!.start, base.at(-1)!.end));
    if (end >= 0 && /\bCHECK\b/i.test(statement.text)) {
      this.warnings.push(`Line ${statement.line}: the CHECK of domain ${name} is not applied to generated values; give its columns a CHECK of their own, or edit their range in the plan`);
    }
  }

  // ALTER TABLE t ALTER COLUMN c SET DEFAULT nextval(...): how pg_dump writes a SERIAL column.
  columnDefault(statement: DdlStatement): void {
    const tokens = statement.tokens;
    const table = this.alterTarget(statement, tokens);
    const at = tokens.findIndex((token) => isWord(token, 'COLUMN'));
    const column = table?.columns.find((candidate) => candidate.name === this.name(unquoted(tokens[at + 1]!), statement));
    const defaultAt = tokens.findIndex((token) => isWord(token, 'DEFAULT'));
    if (column === undefined) throw ddlFailure(statement.line, 'ALTER TABLE names a table or column the schema does not create', 'Create the table before altering it');
    column.defaultSql = statement.text.slice(tokens[defaultAt + 1]!.start).trim();
    if (/^nextval\s*\(/i.test(column.defaultSql)) column.identity = true;
  }

  alter(ast: SqlAst, statement: DdlStatement): void {
    const name = this.name(ast.table?.[0]?.table, statement);
    if (this.skippedTables.has(name)) return;
    const table = this.find(name);
    if (table === undefined) throw ddlFailure(statement.line, `ALTER TABLE names table ${ast.table?.[0]?.table}, which the schema does not create`, 'Create the table before altering it');
    for (const expression of ast.expr ?? []) {
      const definition = expression.create_definitions;
      if (expression.action === 'add' && definition?.resource === 'constraint') this.constraint(table, definition, statement);
      else this.warnings.push(`Line ${statement.line}: an ALTER TABLE ${table.name} action is not imported; only ADD CONSTRAINT is`);
    }
  }

  uniqueIndex(ast: SqlAst, statement: DdlStatement): void {
    const name = this.name(ast.table?.table, statement);
    if (this.skippedTables.has(name)) return;
    const table = this.find(name);
    if (table === undefined) throw ddlFailure(statement.line, `the index is on table ${ast.table?.table}, which the schema does not create`, 'Create the table before its indexes');
    const columns = (ast.index_columns ?? []).map((column: SqlAst) => this.name(identifierText(column.column), statement));
    if (ast.where || columns.some((column: string) => column === '')) {
      this.warnings.push(`Line ${statement.line}: unique index ${ast.index ?? ''} on ${table.name} has an expression or a WHERE clause; generated values are not made unique for it`);
      return;
    }
    this.unique(table, columns, statement);
  }

  finish(): SchemaModel {
    for (const table of this.tables) {
      for (const column of table.columns) this.resolveType(column);
    }
    return { tables: this.tables, warnings: this.warnings };
  }

  private column(table: SchemaTable, definition: SqlAst, parsed: ParsedStatement, statement: DdlStatement, items: ReadonlyMap<string, readonly SqlToken[]>): void {
    const raw = identifierText(definition.column?.column ?? definition.column);
    const name = this.name(raw, statement);
    const column = newColumn(name);
    const tokens = items.get(name) ?? [];
    const declared = parsed.declaredTypes.get(raw) ?? typeText(tokens, statement.text);
    setType(column, declared, definition.definition);
    const clauses = tokens.map((token) => token.text.toUpperCase());
    column.notNull = definition.nullable?.type === 'not null' || definition.nullable?.type === 'notnull';
    column.defaultSql = defaultText(tokens, statement.text);
    column.identity =
      IDENTITY_TYPES.has(column.typeName) || definition.auto_increment !== undefined || clauses.includes('IDENTITY') || clauses.includes('AUTOINCREMENT') || /^nextval\s*\(/i.test(column.defaultSql);
    if (definition.definition?.dataType === 'ENUM' || definition.definition?.dataType === 'SET') {
      column.enumValues = (definition.definition.expr?.value ?? []).map(literal).filter((value: string | undefined) => value !== undefined);
      if (definition.definition.dataType === 'SET') this.warnings.push(`Table ${table.name}: column ${name} is a SET; each generated value is one of its members, never several`);
    }
    table.columns.push(column);
    if (definition.primary_key) table.primaryKey = [name];
    if (definition.unique) column.unique = true;
    if (definition.check) this.check(table, definition.check, statement);
    if (definition.reference_definition) this.foreignKey(table, [name], definition.reference_definition, '', statement);
  }

  private constraint(table: SchemaTable, definition: SqlAst, statement: DdlStatement): void {
    const type = String(definition.constraint_type ?? '').toLowerCase().replace(/\s+/g, '');
    const columns = (definition.definition ?? []).map((column: SqlAst) => this.name(identifierText(column.column ?? column), statement));
    if (type === 'primarykey') {
      for (const column of columns) this.columnOf(table, column, statement);
      table.primaryKey = columns;
    } else if (type.startsWith('unique')) {
      this.unique(table, columns, statement);
    } else if (type === 'foreignkey') {
      this.foreignKey(table, columns, definition.reference_definition, definition.constraint ?? '', statement);
    } else if (type === 'check') {
      this.check(table, definition, statement);
    } else {
      this.warnings.push(`Line ${statement.line}: a ${type || 'table'} constraint on ${table.name} is not imported`);
    }
  }

  private unique(table: SchemaTable, columns: string[], statement: DdlStatement): void {
    for (const column of columns) this.columnOf(table, column, statement);
    if (columns.length === 1) this.columnOf(table, columns[0]!, statement).unique = true;
    else if (!table.uniqueKeys.some((key) => key.join() === columns.join())) table.uniqueKeys.push(columns);
  }

  private foreignKey(table: SchemaTable, columns: string[], reference: SqlAst, constraint: string, statement: DdlStatement): void {
    for (const column of columns) this.columnOf(table, column, statement);
    const target = this.name(reference?.table?.[0]?.table, statement);
    const referencedColumns = (reference?.definition ?? []).map((column: SqlAst) => this.name(identifierText(column.column ?? column), statement));
    const key: SchemaForeignKey = { name: constraint, columns, table: target, referencedColumns, line: statement.line };
    if (referencedColumns.length > 0 && referencedColumns.length !== columns.length) {
      throw ddlFailure(statement.line, `the foreign key of ${table.name} (${columns.join(', ')}) names ${referencedColumns.length} referenced columns`, 'Name as many referenced columns as referencing ones');
    }
    table.foreignKeys.push(key);
  }

  private check(table: SchemaTable, definition: SqlAst, statement: DdlStatement): void {
    const expression = Array.isArray(definition.definition) ? definition.definition[0] : definition.definition;
    if (applyCheck(expression, table.columns)) return;
    const name = definition.constraint ? ` ${definition.constraint}` : '';
    this.warnings.push(`Line ${statement.line}: CHECK${name} on ${table.name} is not applied to generated values (only IN lists, comparisons with constants and BETWEEN are); check the rows it would refuse, or edit the plan`);
  }

  private resolveType(column: SchemaColumn): void {
    const typeName = column.typeName.toLowerCase();
    const values = this.enums.get(typeName);
    if (values !== undefined && column.enumValues.length === 0) {
      column.enumValues = values;
      return;
    }
    const base = this.domains.get(typeName);
    if (base !== undefined) {
      const declared = column.sqlType;
      setType(column, base, undefined);
      column.sqlType = declared;
    }
  }

  private columnOf(table: SchemaTable, name: string, statement: DdlStatement): SchemaColumn {
    const column = table.columns.find((candidate) => candidate.name === name) ?? table.columns.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (column === undefined) throw ddlFailure(statement.line, `table ${table.name} has no column ${name}`, `Name one of the columns of ${table.name}: ${table.columns.map((candidate) => candidate.name).join(', ')}`);
    return column;
  }

  private alterTarget(statement: DdlStatement, tokens: readonly SqlToken[]): SchemaTable | undefined {
    const at = tokens.findIndex((token, index) => index >= 2 && !isWord(token, 'ONLY', 'IF', 'EXISTS'));
    let name = unquoted(tokens[at]!);
    if (tokens[at + 1]?.text === '.') name = unquoted(tokens[at + 2]!);
    return this.find(this.name(name, statement));
  }

  // The table a CREATE TABLE statement names, read from its tokens.
  tableName(statement: DdlStatement): string {
    const tokens = statement.tokens;
    let at = tokens.findIndex((token) => isWord(token, 'TABLE')) + 1;
    while (isWord(tokens[at], 'IF', 'NOT', 'EXISTS')) at++;
    if (tokens[at + 1]?.text === '.') at += 2;
    return tokens[at] === undefined ? '' : this.name(unquoted(tokens[at]!), statement);
  }

  find(name: string): SchemaTable | undefined {
    return this.tables.find((table) => table.name === name) ?? this.tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
  }

  // PostgreSQL folds unquoted names to lower case; MySQL and SQLite keep them as written.
  private name(raw: unknown, statement: DdlStatement): string {
    const text = String(raw ?? '');
    if (this.dialect !== 'postgres') return text;
    const quoted = statement.tokens.some((token) => token.kind === 'quoted' && unquoted(token) === text);
    return quoted ? text : text.toLowerCase();
  }
}

function typeText(tokens: readonly SqlToken[], statement: string): string {
  const type = typeTokens({ tokens, start: 0, end: 0 });
  return type.length === 0 ? '' : statement.slice(type[0]!.start, type.at(-1)!.end).replace(/\s+/g, ' ');
}

function defaultText(tokens: readonly SqlToken[], statement: string): string {
  // GENERATED BY DEFAULT AS IDENTITY names no default value.
  const at = tokens.findIndex((token, index) => isWord(token, 'DEFAULT') && !(index > 0 && isWord(tokens[index - 1]!, 'BY')));
  if (at < 0) return '';
  const rest = tokens.slice(at + 1);
  let depth = 0;
  let end = 0;
  for (const [index, token] of rest.entries()) {
    if (depth === 0 && index > 0 && isWord(token, 'NOT', 'NULL', 'PRIMARY', 'UNIQUE', 'CHECK', 'REFERENCES', 'CONSTRAINT', 'COLLATE', 'ON', 'COMMENT', 'AUTO_INCREMENT')) break;
    if (token.text === '(') depth++;
    if (token.text === ')') depth--;
    end = index + 1;
  }
  return end === 0 ? '' : statement.slice(rest[0]!.start, rest[end - 1]!.end);
}

// The declared type's name, length and scale, from the text ("numeric(5,2)") or, when the text
// is missing, from the parser's reading.
function setType(column: SchemaColumn, declared: string, parsed: SqlAst): void {
  const text = declared || String(parsed?.dataType ?? '');
  const bare = text.replace(/\b(UNSIGNED|SIGNED|ZEROFILL)\b/gi, '').trim();
  const match = /^([A-Za-z_"`][\w\s"`.]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?\))?\s*(\[\])?$/.exec(bare);
  column.sqlType = text.trim();
  column.typeName = (match?.[1] ?? bare).replace(/["`]/g, '').replace(/\s+/g, ' ').toUpperCase();
  column.length = Number(match?.[2] ?? parsed?.length ?? 0) || 0;
  column.scale = Number(match?.[3] ?? parsed?.scale ?? 0) || 0;
  if (match?.[4]) column.typeName = `${column.typeName}[]`;
}
