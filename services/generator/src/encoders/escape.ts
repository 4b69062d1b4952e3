// Escaping is per character in every format, so escaped pieces concatenate into the escape of
// the concatenation: vocabulary can be escaped once and batches escaped independently.

// JSON must escape exactly the quote, the backslash and the control characters.
// eslint-disable-next-line no-control-regex
const JSON_SPECIAL = /["\\\u0000-\u001f]/g;
const JSON_SHORT: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function jsonEscape(char: string): string {
  return JSON_SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

// The inside of a JSON string literal. Most text has nothing to escape, and a scan finds that
// faster than the regular expression does.
export function escapeJsonText(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x22 || code === 0x5c) return text.replace(JSON_SPECIAL, jsonEscape);
  }
  return text;
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

// The reverse of each escape above, for the inside of a literal read back (the reality layer
// reads clean values back to break them).
export function unescapeJsonText(text: string): string {
  return text.includes('\\') ? (JSON.parse('"' + text + '"') as string) : text;
}

export function unescapeCsvText(text: string): string {
  return text.includes('""') ? text.replace(/""/g, '"') : text;
}

export function unescapeSqlText(text: string): string {
  return text.includes("''") ? text.replace(/''/g, "'") : text;
}

const MYSQL_ESCAPED = /''|\\\\|\\0/g;
const MYSQL_PLAIN: Readonly<Record<string, string>> = { "''": "'", '\\\\': '\\', '\\0': '\0' };

export function unescapeMysqlText(text: string): string {
  return text.replace(MYSQL_ESCAPED, (escaped) => MYSQL_PLAIN[escaped] ?? escaped);
}
