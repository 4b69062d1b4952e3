import { isWord, sqlTokens, type SqlToken } from './sql-tokens.js';

// One comma-separated item of a CREATE TABLE body: a column or a table constraint.
export interface BodyItem {
  readonly tokens: readonly SqlToken[];
  readonly start: number;
  readonly end: number;
}

const CONSTRAINT_STARTS = ['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'FOREIGN', 'CHECK', 'KEY', 'INDEX', 'FULLTEXT', 'SPATIAL', 'EXCLUDE', 'LIKE'];
// Words that end a column's type and start its constraints.
const COLUMN_CLAUSES = [
  'NOT', 'NULL', 'DEFAULT', 'PRIMARY', 'UNIQUE', 'CHECK', 'REFERENCES', 'CONSTRAINT', 'COLLATE', 'GENERATED', 'AUTO_INCREMENT',
  'AUTOINCREMENT', 'COMMENT', 'ON', 'AS', 'CHARSET', 'KEY',
];

// The items of the first parenthesised list of a CREATE TABLE statement.
export function bodyItems(statement: string): BodyItem[] {
  const tokens = sqlTokens(statement);
  const open = tokens.findIndex((token) => token.text === '(' && token.kind === 'symbol');
  if (open < 0) return [];
  const items: BodyItem[] = [];
  let depth = 0;
  let current: SqlToken[] = [];
  const finish = () => {
    if (current.length > 0) items.push({ tokens: current, start: current[0]!.start, end: current.at(-1)!.end });
    current = [];
  };
  for (const token of tokens.slice(open + 1)) {
    if (token.kind === 'symbol' && token.text === '(') depth++;
    if (token.kind === 'symbol' && token.text === ')' && depth-- === 0) break;
    if (token.kind === 'symbol' && token.text === ',' && depth === 0) finish();
    else current.push(token);
  }
  finish();
  return items;
}

export function isColumnItem(item: BodyItem): boolean {
  return !isWord(item.tokens[0], ...CONSTRAINT_STARTS);
}

// The tokens of a column item's type: after the name, up to its first clause.
export function typeTokens(item: BodyItem): readonly SqlToken[] {
  const type: SqlToken[] = [];
  let depth = 0;
  for (const token of item.tokens.slice(1)) {
    if (depth === 0 && isWord(token, ...COLUMN_CLAUSES)) break;
    if (token.text === '(') depth++;
    if (token.text === ')') depth--;
    type.push(token);
  }
  return type;
}
