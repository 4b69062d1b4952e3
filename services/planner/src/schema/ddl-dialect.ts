import type { SqlDialectName } from '../../../../libs/api/src/request-limits.js';
import type { DdlStatement } from './ddl-statements.js';

// node-sql-parser's name for each dialect; MariaDB DDL reads as MySQL's.
export const PARSER_DATABASES: Readonly<Record<SqlDialectName, string>> = {
  postgres: 'PostgresQL',
  mysql: 'MySQL',
  sqlite: 'Sqlite',
};

const MYSQL_WORDS = new Set(['AUTO_INCREMENT', 'ENGINE', 'UNSIGNED', 'CHARSET', 'MEDIUMINT', 'TINYINT', 'LONGTEXT', 'MEDIUMTEXT', 'MEDIUMBLOB', 'LONGBLOB']);
const POSTGRES_WORDS = new Set(['SERIAL', 'BIGSERIAL', 'SMALLSERIAL', 'BYTEA', 'JSONB', 'TIMESTAMPTZ', 'TSVECTOR', 'OWNER', 'NEXTVAL']);
const SQLITE_WORDS = new Set(['AUTOINCREMENT', 'PRAGMA', 'WITHOUT']);

// The dialect a script is written in, from words only one dialect uses (backquoted names and
// AUTO_INCREMENT are MySQL's, SERIAL and CREATE TYPE PostgreSQL's, AUTOINCREMENT and [names]
// SQLite's). A script without such a word is read as `hint` says, the request's sql_dialect.
export function detectDialect(statements: readonly DdlStatement[], hint: SqlDialectName | undefined): SqlDialectName {
  const votes: Record<SqlDialectName, number> = { postgres: 0, mysql: 0, sqlite: 0 };
  for (const statement of statements) {
    for (const token of statement.tokens) {
      const upper = token.text.toUpperCase();
      if (token.kind === 'quoted' && token.text.startsWith('`')) votes.mysql++;
      else if (token.kind === 'quoted' && token.text.startsWith('[')) votes.sqlite++;
      else if (token.kind === 'symbol' && token.text === ':') votes.postgres++;
      else if (token.kind !== 'word') continue;
      else if (MYSQL_WORDS.has(upper)) votes.mysql++;
      else if (POSTGRES_WORDS.has(upper)) votes.postgres++;
      else if (SQLITE_WORDS.has(upper)) votes.sqlite++;
    }
    if (statement.tokens[0]?.text === '\\') votes.postgres++;
    if (/^CREATE\s+TYPE\b/i.test(statement.text)) votes.postgres++;
  }
  const best = (Object.entries(votes) as [SqlDialectName, number][]).sort((a, b) => b[1] - a[1])[0]!;
  if (best[1] === 0) return hint ?? 'postgres';
  return best[0];
}
