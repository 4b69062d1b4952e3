// The SQL text as tokens with their offsets: enough to split a script into statements, find a
// statement's line and kind, and cut a CREATE TABLE body into its column and constraint items,
// without being fooled by a semicolon or comma inside a string, a quoted name, a comment or a
// PostgreSQL $$ body.
export type SqlTokenKind = 'word' | 'quoted' | 'string' | 'number' | 'symbol';

export interface SqlToken {
  readonly kind: SqlTokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const QUOTE_CLOSERS: Readonly<Record<string, string>> = { '"': '"', '`': '`', '[': ']' };

export function sqlTokens(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let at = 0;
  while (at < sql.length) {
    const char = sql[at]!;
    const start = at;
    if (/\s/.test(char)) {
      at++;
    } else if (sql.startsWith('--', at)) {
      at = endOf(sql, '\n', at);
    } else if (sql.startsWith('/*', at)) {
      at = endOf(sql, '*/', at + 2);
    } else if (char === "'") {
      at = stringEnd(sql, at);
      tokens.push({ kind: 'string', text: sql.slice(start, at), start, end: at });
    } else if (char in QUOTE_CLOSERS) {
      at = endOf(sql, QUOTE_CLOSERS[char]!, at + 1);
      tokens.push({ kind: 'quoted', text: sql.slice(start, at), start, end: at });
    } else if (char === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(at, at + 64))) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(at, at + 64))![0];
      at = endOf(sql, tag, at + tag.length);
      tokens.push({ kind: 'string', text: sql.slice(start, at), start, end: at });
    } else if (/[A-Za-z_\u0080-\uffff]/.test(char)) {
      while (at < sql.length && /[A-Za-z0-9_$\u0080-\uffff]/.test(sql[at]!)) at++;
      tokens.push({ kind: 'word', text: sql.slice(start, at), start, end: at });
    } else if (/[0-9]/.test(char)) {
      while (at < sql.length && /[0-9.eE]/.test(sql[at]!)) at++;
      tokens.push({ kind: 'number', text: sql.slice(start, at), start, end: at });
    } else {
      at++;
      tokens.push({ kind: 'symbol', text: char, start, end: at });
    }
  }
  return tokens;
}

// The text between a quoted name's quotes ("Album", `Album`, [Album]); a word as it is.
export function unquoted(token: SqlToken): string {
  return token.kind === 'quoted' ? token.text.slice(1, -1) : token.text;
}

export function isWord(token: SqlToken | undefined, ...words: string[]): boolean {
  return token !== undefined && token.kind === 'word' && words.includes(token.text.toUpperCase());
}

// 1-based line of an offset, as editors count.
export function lineAt(sql: string, offset: number): number {
  let line = 1;
  for (let at = 0; at < offset && at < sql.length; at++) if (sql[at] === '\n') line++;
  return line;
}

function endOf(sql: string, closer: string, from: number): number {
  const found = sql.indexOf(closer, from);
  return found < 0 ? sql.length : found + closer.length;
}

// A quote doubled stays inside the string; so does a backslash-escaped one (MySQL).
function stringEnd(sql: string, start: number): number {
  let at = start + 1;
  while (at < sql.length) {
    if (sql[at] === '\\') at += 2;
    else if (sql[at] === "'" && sql[at + 1] === "'") at += 2;
    else if (sql[at] === "'") return at + 1;
    else at++;
  }
  return sql.length;
}
