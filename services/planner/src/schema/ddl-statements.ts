import { lineAt, sqlTokens, type SqlToken } from './sql-tokens.js';

// One statement of a DDL script, where it starts, and its tokens.
export interface DdlStatement {
  readonly text: string;
  readonly line: number;
  readonly tokens: readonly SqlToken[];
}

const DELIMITER_LINE = /^[ \t]*DELIMITER[ \t]+(\S+)[ \t]*$/gim;

// Splits a script at the semicolons outside strings, quoted names, comments and $$ bodies. A
// psql meta-command (\c chinook) ends at its line, as psql reads it. Between MySQL's
// "DELIMITER //" and "DELIMITER ;" lines, statements end at the chosen delimiter instead.
export function splitStatements(script: string): DdlStatement[] {
  const statements: DdlStatement[] = [];
  let delimiter = ';';
  let from = 0;
  for (const match of [...script.matchAll(DELIMITER_LINE), undefined]) {
    const end = match?.index ?? script.length;
    if (delimiter === ';') statements.push(...splitAtSemicolons(script, from, end));
    else statements.push(...splitAtDelimiter(script, from, end, delimiter));
    if (match === undefined) break;
    delimiter = match[1]!;
    from = end + match[0].length;
  }
  return statements;
}

function splitAtSemicolons(script: string, from: number, to: number): DdlStatement[] {
  const tokens = sqlTokens(script.slice(from, to)).map((token) => ({ ...token, start: token.start + from, end: token.end + from }));
  const statements: DdlStatement[] = [];
  let current: SqlToken[] = [];
  const finish = () => {
    if (current.length > 0) statements.push(statementOf(script, current[0]!.start, current.at(-1)!.end));
    current = [];
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.text === ';' && token.kind === 'symbol') {
      finish();
    } else if (token.text === '\\' && current.length === 0) {
      const lineEnd = script.indexOf('\n', token.start);
      current.push(token);
      while (index + 1 < tokens.length && (lineEnd < 0 || tokens[index + 1]!.start < lineEnd) && tokens[index + 1]!.text !== ';') current.push(tokens[++index]!);
      finish();
    } else {
      current.push(token);
    }
  }
  finish();
  return statements;
}

// Statements in a DELIMITER block (procedures, triggers) hold semicolons of their own.
function splitAtDelimiter(script: string, from: number, to: number, delimiter: string): DdlStatement[] {
  const statements: DdlStatement[] = [];
  let start = from;
  while (start < to) {
    const found = script.indexOf(delimiter, start);
    const end = found < 0 || found > to ? to : found;
    const text = script.slice(start, end);
    const leading = text.length - text.trimStart().length;
    if (text.trim() !== '' && sqlTokens(text).length > 0) statements.push(statementOf(script, start + leading, start + text.trimEnd().length));
    start = end + delimiter.length;
  }
  return statements;
}

function statementOf(script: string, start: number, end: number): DdlStatement {
  const text = script.slice(start, end);
  return { text, line: lineAt(script, start), tokens: sqlTokens(text) };
}
