import type { SqlAst } from './statement-parser.js';
import type { SchemaColumn } from './schema-model.js';

// What a CHECK constraint says about one column's values, when it says something a generator
// can honour: IN (...) lists the values; comparisons and BETWEEN bound numbers or dates; a
// comparison of two date columns makes the later one follow the earlier.
// Returns false for an expression it cannot apply, which the caller lists as a warning.
export function applyCheck(expression: SqlAst, columns: readonly SchemaColumn[]): boolean {
  const parts = conjuncts(expression);
  return parts.length > 0 && parts.every((part) => applyPart(part, columns));
}

function conjuncts(expression: SqlAst): SqlAst[] {
  if (expression?.type === 'binary_expr' && String(expression.operator).toUpperCase() === 'AND') {
    return [...conjuncts(expression.left), ...conjuncts(expression.right)];
  }
  // "x IS NULL OR <condition on x>" constrains x as the condition does when x has a value.
  if (expression?.type === 'binary_expr' && String(expression.operator).toUpperCase() === 'OR') {
    const [left, right] = [expression.left, expression.right];
    if (isNullTest(left)) return [right];
    if (isNullTest(right)) return [left];
  }
  return [expression];
}

function isNullTest(expression: SqlAst): boolean {
  return expression?.type === 'binary_expr' && String(expression.operator).toUpperCase() === 'IS' && expression.right?.type === 'null';
}

function applyPart(part: SqlAst, columns: readonly SchemaColumn[]): boolean {
  if (part?.type !== 'binary_expr') return false;
  const operator = String(part.operator).toUpperCase();
  const column = columnOf(part.left, columns);
  const other = columnOf(part.right, columns);
  if (column !== undefined && other !== undefined) return ordered(column, operator, other);
  if (column === undefined) return operator !== 'IN' && mirrored(part, columns);
  if (operator === 'IN') {
    const values = (part.right?.value ?? []).map(literal);
    if (values.length === 0 || values.some((value: string | undefined) => value === undefined)) return false;
    column.enumValues = values as string[];
    return true;
  }
  if (operator === 'BETWEEN') {
    const [low, high] = (part.right?.value ?? []).map(literal);
    return bound(column, '>=', low) && bound(column, '<=', high);
  }
  return bound(column, operator, literal(part.right));
}

// "end_date > start_date": between dates or timestamps only.
function ordered(left: SchemaColumn, operator: string, right: SchemaColumn): boolean {
  if (!['<', '<=', '>', '>='].includes(operator) || !isDateColumn(left) || !isDateColumn(right)) return false;
  const [later, earlier] = operator.startsWith('>') ? [left, right] : [right, left];
  later.follows = { column: earlier.name, strict: operator.length === 1 };
  return true;
}

function isDateColumn(column: SchemaColumn): boolean {
  return /DATE|TIME/.test(column.typeName) && !/INTERVAL/.test(column.typeName);
}

// "0 < x" reads as "x > 0".
function mirrored(part: SqlAst, columns: readonly SchemaColumn[]): boolean {
  const flipped: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
  const operator = flipped[String(part.operator)];
  const column = columnOf(part.right, columns);
  return operator !== undefined && column !== undefined && bound(column, operator, literal(part.left));
}

function bound(column: SchemaColumn, operator: string, value: string | undefined): boolean {
  if (value === undefined || !['<', '<=', '>', '>='].includes(operator)) return false;
  const lower = operator.startsWith('>');
  const strict = operator.length === 1;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (date !== undefined) {
    const day = strict ? shiftDay(date, lower ? 1 : -1) : date;
    column.dates = { start: lower ? day : (column.dates?.start ?? ''), end: lower ? (column.dates?.end ?? '') : day };
    return true;
  }
  const number = Number(value);
  if (!Number.isFinite(number)) return false;
  const step = strict ? 10 ** -Math.max(column.scale, 0) : 0;
  const range = column.range ?? { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };
  column.range = lower ? { ...range, min: number + step } : { ...range, max: number - step };
  return true;
}

function shiftDay(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

function columnOf(node: SqlAst, columns: readonly SchemaColumn[]): SchemaColumn | undefined {
  const target = node?.type === 'cast' ? node.expr : node;
  if (target?.type !== 'column_ref') return undefined;
  const name = identifierText(target.column);
  return columns.find((column) => column.name.toLowerCase() === name.toLowerCase());
}

// A literal's value as text, through casts and signs; undefined for anything else.
export function literal(node: SqlAst): string | undefined {
  if (node == null) return undefined;
  if (node.type === 'cast') return literal(node.expr);
  if (node.type === 'unary_expr' && node.operator === '-') {
    const value = literal(node.expr);
    return value === undefined ? undefined : `-${value}`;
  }
  if (['number', 'single_quote_string', 'string', 'double_quote_string', 'natural_string', 'bool'].includes(node.type)) return String(node.value);
  return undefined;
}

// A name in the AST: a plain string, or {expr: {type, value}} for PostgreSQL.
export function identifierText(node: SqlAst): string {
  if (typeof node === 'string') return node;
  if (typeof node?.expr?.value === 'string') return node.expr.value;
  if (typeof node?.value === 'string') return node.value;
  return '';
}
