import type { WeightedValue } from '../knowledge/entity-kind.js';
import type { ColumnSpec } from './constraints.js';
import { sanitiseIdentifier } from '../../naming/identifiers.js';
import { splitItems } from './paren-groups.js';
import { parseNumber } from './tokens.js';

const INLINE_RANGE = /\s+(?:between|from|ranging from)\s+(\S+)\s+(?:and|to|-)\s+(\S+)\s*$/i;
const TYPE_SUFFIX = /\s*[:=]\s*.*$|\s+\b(?:as|of type)\b.*$/i;

// One item of `orders (id, status (pending, shipped), price between 5 and 500)`.
export function parseColumn(item: string): ColumnSpec {
  const nested = /^([^()]+)\((.*)\)\s*$/.exec(item);
  if (nested !== null) {
    return { name: sanitiseIdentifier(nested[1], 'field'), values: parseEnumValues(splitItems(nested[2])) };
  }
  const range = INLINE_RANGE.exec(item);
  if (range !== null) {
    const min = parseNumber(range[1]);
    const max = parseNumber(range[2]);
    const name = sanitiseIdentifier(item.slice(0, range.index), 'field');
    return min === undefined || max === undefined ? { name } : { name, range: [Math.min(min, max), Math.max(min, max)] };
  }
  return { name: sanitiseIdentifier(item.replace(TYPE_SUFFIX, ''), 'field') };
}

// "pending 20%", "shipped=50" or just "delivered". Values without a weight share what the
// weighted ones leave of 100, so "(active, frozen, cancelled 10%)" keeps cancelled at 10%.
export function parseEnumValues(items: readonly string[]): WeightedValue[] {
  const parsed = items.map((item) => {
    const weighted = /^(.*?)\s*(?:[:=]\s*(\d+(?:\.\d+)?)\s*%?|\s+(\d+(?:\.\d+)?)\s*%)$/.exec(item);
    const value = (weighted === null ? item : weighted[1]).replace(/^["'`]|["'`]$/g, '').trim();
    const weight = weighted === null ? undefined : Number(weighted[2] ?? weighted[3]);
    return { value, weight };
  });
  const given = parsed.reduce((sum, { weight }) => sum + (weight ?? 0), 0);
  const missing = parsed.filter(({ weight }) => weight === undefined).length;
  const share = given === 0 ? 1 : Math.max(100 - given, missing) / Math.max(missing, 1);
  return parsed.map(({ value, weight }) => [value, weight ?? share] as const);
}

// Column lists use identifiers ("id", "customer_id", "signup date"); value lists use words.
export function looksLikeColumns(items: readonly string[]): boolean {
  return items.some((item) => /^\s*(?:id|uuid|[a-z0-9]+_[a-z0-9_]+)\s*$/i.test(item));
}

// "(Engineering, Sales, Marketing)": capitalised names or weights are values, not columns.
export function looksLikeValues(items: readonly string[]): boolean {
  return items.length > 0 && items.every((item) => /^[A-Z0-9]|%\s*$/.test(item.trim()));
}
