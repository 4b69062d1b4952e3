import type { SqlDialectName } from '../../../../libs/api/src/request-limits.js';
import { detectDialect } from './ddl-dialect.js';
import { ddlFailure } from './ddl-failure.js';
import { splitStatements, type DdlStatement } from './ddl-statements.js';
import { type SchemaModel } from './schema-model.js';
import { SchemaBuilder } from './schema-builder.js';
import { isWord, unquoted } from './sql-tokens.js';
import { parseStatement } from './statement-parser.js';

export interface ReadSchema {
  readonly model: SchemaModel;
  readonly dialect: SqlDialectName;
}

// Statements that set up a session or a database, or load data: nothing of the tables' shape.
const SETUP = ['SET', 'USE', 'BEGIN', 'COMMIT', 'START', 'END', 'PRAGMA', 'LOCK', 'UNLOCK', 'GRANT', 'REVOKE', 'COMMENT', 'DROP', 'INSERT', 'COPY', 'SELECT', 'DELIMITER', 'ANALYZE', 'VACUUM', 'TRUNCATE', 'DELETE', 'UPDATE', 'REPLACE', 'RESET', 'ROLLBACK', 'SAVEPOINT', 'RELEASE', 'DO', 'CALL', 'ATTACH', 'DETACH', 'REINDEX', 'EXPLAIN'];

// Reads a DDL script into tables, columns and constraints. Statements that shape no table are
// listed in warnings by kind; one that cannot be read is refused naming its line.
export function readDdl(script: string, hint: SqlDialectName | undefined): ReadSchema {
  const statements = splitStatements(script);
  if (statements.length === 0) throw ddlFailure(1, 'the schema holds no SQL statement', 'Send CREATE TABLE statements in the schema field');
  const dialect = detectDialect(statements, hint);
  const builder = new SchemaBuilder(dialect);
  const customTypes = new Set(statements.flatMap((statement) => customTypeName(statement) ?? []));
  const skipped = new Map<string, number[]>();
  const skip = (kind: string, statement: DdlStatement) => skipped.set(kind, [...(skipped.get(kind) ?? []), statement.line]);
  for (const statement of statements) {
    const kind = statementKind(statement);
    switch (kind) {
      case 'table':
        if (/\bINHERITS\s*\(|\bPARTITION\s+OF\b/i.test(statement.text)) {
          builder.skippedTables.add(builder.tableName(statement));
          skip('CREATE TABLE … INHERITS/PARTITION OF (a partition holds its parent\'s rows)', statement);
        } else builder.table(parseStatement(statement, dialect, customTypes), statement);
        break;
      case 'enum':
        builder.enumType(parseStatement(statement, dialect, customTypes).ast);
        break;
      case 'domain':
        builder.domain(statement);
        break;
      case 'alter':
        if (/\bALTER\s+COLUMN\b[\s\S]*\bSET\s+DEFAULT\b/i.test(statement.text)) builder.columnDefault(statement);
        else if (/\bADD\s+(CONSTRAINT|PRIMARY|UNIQUE|FOREIGN|CHECK)\b/i.test(statement.text)) builder.alter(parseStatement(statement, dialect, customTypes).ast, statement);
        else skip(`ALTER TABLE ${alterAction(statement)}`, statement);
        break;
      case 'index':
        if (isWord(statement.tokens[1], 'UNIQUE')) builder.uniqueIndex(parseStatement(statement, dialect, customTypes).ast, statement);
        else skip('CREATE INDEX (an index does not constrain values)', statement);
        break;
      case 'setup':
        skip(setupKind(statement), statement);
        break;
      case 'unsupported':
        builder.warnings.push(unsupportedWarning(statement));
        break;
      default:
        throw ddlFailure(statement.line, `"${statement.tokens.slice(0, 3).map((token) => token.text).join(' ')}" is not a DDL statement the schema import reads`, 'Send CREATE TABLE, CREATE TYPE … AS ENUM, ALTER TABLE … ADD CONSTRAINT and CREATE [UNIQUE] INDEX statements');
    }
  }
  if (builder.tables.length === 0) throw ddlFailure(statements[0]!.line, 'the schema creates no table', 'Send at least one CREATE TABLE statement');
  for (const [kind, lines] of skipped) {
    builder.warnings.push(`Not imported: ${lines.length} ${kind} statement${lines.length === 1 ? '' : 's'} (line${lines.length === 1 ? '' : 's'} ${lineList(lines)}); they define no table or column`);
  }
  return { model: builder.finish(), dialect };
}

type StatementKind = 'table' | 'enum' | 'domain' | 'alter' | 'index' | 'setup' | 'unsupported' | 'unknown';

function statementKind(statement: DdlStatement): StatementKind {
  const words = statement.tokens.slice(0, 6).map((token) => token.text.toUpperCase());
  if (words[0] === '\\' || SETUP.includes(words[0]!)) return 'setup';
  if (words[0] === 'ALTER') return words[1] === 'TABLE' ? 'alter' : 'setup';
  if (words[0] !== 'CREATE') return 'unknown';
  const rest = words.slice(1).filter((word) => !['OR', 'REPLACE', 'TEMP', 'TEMPORARY', 'UNLOGGED', 'GLOBAL', 'LOCAL', 'DEFINER'].includes(word));
  if (rest[0] === 'TABLE') return 'table';
  if (rest[0] === 'INDEX' || (rest[0] === 'UNIQUE' && rest[1] === 'INDEX')) return 'index';
  if (rest[0] === 'TYPE') return /\bAS\s+ENUM\b/i.test(statement.text) ? 'enum' : 'unsupported';
  if (rest[0] === 'DOMAIN') return 'domain';
  if (['SCHEMA', 'DATABASE', 'EXTENSION', 'SEQUENCE', 'ROLE', 'USER', 'PROCEDURAL', 'LANGUAGE', 'COLLATION'].includes(rest[0]!)) return 'setup';
  return 'unsupported';
}

// Functions, triggers, views and rules run in the database; generated data does not pass
// through them, so their effect is missing from it.
function unsupportedWarning(statement: DdlStatement): string {
  const what = statement.tokens.slice(0, 4).map((token) => token.text.toUpperCase()).filter((word) => !['OR', 'REPLACE'].includes(word));
  const kind = what.slice(0, 2).join(' ');
  const name = statement.tokens.find((token, index) => index >= 2 && (token.kind === 'word' || token.kind === 'quoted') && !isWord(token, 'OR', 'REPLACE', 'IF', 'NOT', 'EXISTS', 'FUNCTION', 'TRIGGER', 'VIEW', 'RULE', 'PROCEDURE', 'AGGREGATE', 'MATERIALIZED', 'TYPE'));
  return `Line ${statement.line}: ${kind}${name ? ` ${unquoted(name)}` : ''} is not imported; the generated rows do not pass through it, so load them with it disabled or add what it would compute`;
}

// "CREATE SEQUENCE", "ALTER SEQUENCE", "SET": what the statement sets up, in its own words.
function setupKind(statement: DdlStatement): string {
  const [first, second] = statement.tokens;
  if (first!.text === '\\') return 'psql meta-command';
  const words = isWord(first, 'CREATE', 'ALTER') && second?.kind === 'word' ? [first!, second] : [first!];
  return words.map((token) => token.text.toUpperCase()).join(' ');
}

function customTypeName(statement: DdlStatement): string | undefined {
  const [create, what, name] = statement.tokens;
  if (!isWord(create, 'CREATE') || !isWord(what, 'TYPE', 'DOMAIN') || name === undefined) return undefined;
  return unquoted(name).toLowerCase();
}

function alterAction(statement: DdlStatement): string {
  const index = statement.tokens.findIndex((token, position) => position > 2 && isWord(token, 'OWNER', 'ALTER', 'DROP', 'RENAME', 'ENABLE', 'DISABLE', 'SET', 'CLUSTER', 'ATTACH', 'ADD'));
  return index < 0 ? '…' : `… ${statement.tokens.slice(index, index + 2).map((token) => token.text.toUpperCase()).join(' ')}`;
}

function lineList(lines: readonly number[]): string {
  return lines.length <= 5 ? lines.join(', ') : `${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more`;
}
