import {
  escapeCsvText,
  escapeJsonText,
  escapeMysqlText,
  escapeSqlText,
  unescapeCsvText,
  unescapeJsonText,
  unescapeMysqlText,
  unescapeSqlText,
} from './escape.js';

// How one value is written in an output format. Field writers write finished values through
// this, so encoders only add what goes between them.
export interface ValueSyntax {
  readonly nullToken: string;
  readonly trueToken: string;
  readonly falseToken: string;
  // Between the date and the time of a timestamp, and after the time.
  readonly timestampSeparator: string;
  readonly timestampSuffix: string;
  // The character around text values.
  readonly quote: string;
  // Quotes text that isSafe() accepts.
  plain(text: string): string;
  // Escapes and quotes any text.
  text(text: string): string;
  // Escapes text without quoting it, for pieces joined into one value.
  escape(text: string): string;
  // The text an escaped (unquoted) literal stands for.
  unescape(escaped: string): string;
  // True when text() would not change a character of the text, so plain() may quote it.
  isSafe(text: string): boolean;
}

export const JSON_SYNTAX: ValueSyntax = {
  nullToken: 'null',
  trueToken: 'true',
  falseToken: 'false',
  timestampSeparator: 'T',
  timestampSuffix: 'Z',
  quote: '"',
  plain: (text) => '"' + text + '"',
  text: (text) => '"' + escapeJsonText(text) + '"',
  escape: escapeJsonText,
  unescape: unescapeJsonText,
  isSafe: (text) => escapeJsonText(text) === text,
};

// Every text value is quoted, so an empty string ("") stays distinct from null (nothing).
export const CSV_SYNTAX: ValueSyntax = {
  nullToken: '',
  trueToken: 'true',
  falseToken: 'false',
  timestampSeparator: 'T',
  timestampSuffix: 'Z',
  quote: '"',
  plain: (text) => '"' + text + '"',
  text: (text) => '"' + escapeCsvText(text) + '"',
  escape: escapeCsvText,
  unescape: unescapeCsvText,
  isSafe: (text) => escapeCsvText(text) === text,
};

const SQL_BASE = {
  nullToken: 'NULL',
  trueToken: 'TRUE',
  falseToken: 'FALSE',
  quote: "'",
  plain: (text: string) => "'" + text + "'",
};

export const POSTGRES_SYNTAX: ValueSyntax = {
  ...SQL_BASE,
  timestampSeparator: 'T',
  timestampSuffix: 'Z',
  text: (text) => "'" + escapeSqlText(text) + "'",
  escape: escapeSqlText,
  unescape: unescapeSqlText,
  isSafe: (text) => escapeSqlText(text) === text,
};

export const SQLITE_SYNTAX: ValueSyntax = POSTGRES_SYNTAX;

// DATETIME in strict mode refuses the ISO "T…Z" form; the instant is the same.
export const MYSQL_SYNTAX: ValueSyntax = {
  ...SQL_BASE,
  timestampSeparator: ' ',
  timestampSuffix: '',
  text: (text) => "'" + escapeMysqlText(text) + "'",
  escape: escapeMysqlText,
  unescape: unescapeMysqlText,
  isSafe: (text) => escapeMysqlText(text) === text,
};
