// Escaping is per character in every format, so escaped pieces concatenate into the escape of
// the concatenation: vocabulary can be escaped once and batches escaped independently.

// JSON must escape exactly the quote, the backslash and the control characters.
// eslint-disable-next-line no-control-regex
const JSON_SPECIAL = /["\\\u0000-\u001f]/g;
const JSON_SHORT: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function jsonEscape(char: string): string {
  return JSON_SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

// The inside of a JSON string literal.
export function escapeJsonText(text: string): string {
  return text.replace(JSON_SPECIAL, jsonEscape);
}

// The inside of an RFC 4180 quoted field.
export function escapeCsvText(text: string): string {
  return text.includes('"') ? text.replace(/"/g, '""') : text;
}

// The inside of a standard SQL string literal (PostgreSQL with standard_conforming_strings,
// SQLite).
export function escapeSqlText(text: string): string {
  return text.includes("'") ? text.replace(/'/g, "''") : text;
}

// NUL cannot appear raw in a MySQL literal.
// eslint-disable-next-line no-control-regex
const MYSQL_SPECIAL = /['\\\u0000]/g;
const MYSQL_SHORT: Readonly<Record<string, string>> = { "'": "''", '\\': '\\\\', '\0': '\\0' };

// MySQL and MariaDB treat backslash as an escape character inside literals by default.
export function escapeMysqlText(text: string): string {
  return text.replace(MYSQL_SPECIAL, (char) => MYSQL_SHORT[char] ?? char);
}
