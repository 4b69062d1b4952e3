import { isPlural } from './inflection.js';
import type { TermHit } from './term-hits.js';
import type { Token } from './tokens.js';
import { NOT_ENTITIES, PHRASE_ENDINGS, TABLE_WORDS } from './word-classes.js';

// An entity the domain files do not know, named in a list beside ones they do:
// "Gym with members, trainers and classes" names trainers too.
export interface UnknownEntity {
  readonly words: readonly string[];
  // Character offsets of the words in the prompt.
  readonly start: number;
  readonly end: number;
}

const LIST_BREAKS: ReadonlySet<string> = new Set([
  'with', 'for', 'of', 'in', 'including', 'include', 'includes', 'containing', 'that', 'where',
  'which', 'who', 'to', 'from', 'having', 'has', 'have', 'plus', 'between', 'by', 'on', 'at',
  'across', 'generate', 'create', 'tracking', 'track', 'manage', 'managing', 'covering',
]);
const ITEM_SEPARATORS: ReadonlySet<string> = new Set([',', '&', 'and', 'or']);
const LEADING_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'some', 'their', 'its', 'all', 'many', 'multiple', 'several', 'various', 'also']);
const MAX_ITEM_WORDS = 2;

export function findUnknownEntities(tokens: readonly Token[], hits: readonly TermHit[], covered: ReadonlySet<number>): UnknownEntity[] {
  const found: UnknownEntity[] = [];
  for (const clause of clauses(tokens)) {
    const items = splitClause(tokens, clause);
    if (items.length < 2 || !items.some((item) => item.some((index) => isHit(hits, index)))) continue;
    for (const item of items) {
      if (item.some((index) => covered.has(index))) continue;
      const known = item.filter((index) => isHit(hits, index));
      const words = item.map((index) => tokens[index]).filter((token, position) => position > 0 || !LEADING_WORDS.has(token.text));
      const onlyLastKnown = known.length === 1 && known[0] === item[item.length - 1];
      if (known.length === 0 ? isEntityPhrase(words) : onlyLastKnown && namesRecords(words)) {
        found.push({ words: words.map((token) => token.text), start: words[0].start, end: words[words.length - 1].end });
      }
    }
  }
  return found;
}

function isEntityPhrase(words: readonly Token[]): boolean {
  if (words.length === 0 || words.length > MAX_ITEM_WORDS) return false;
  if (words.some((token) => token.type !== 'word' || PHRASE_ENDINGS.has(token.text))) return false;
  const noun = words[words.length - 1];
  return isPlural(noun.text) && !NOT_ENTITIES.has(noun.singular);
}

// "call records", "call logs": a table word after a noun the domain files do not know names a
// table of that noun, though the table word alone is a kind of its own (generic records, logs).
function namesRecords(words: readonly Token[]): boolean {
  const table = words[words.length - 1];
  const noun = words[words.length - 2];
  if (noun === undefined || words.length > MAX_ITEM_WORDS || !TABLE_WORDS.has(table.singular)) return false;
  return words.every((token) => token.type === 'word' && !PHRASE_ENDINGS.has(token.text)) && !NOT_ENTITIES.has(noun.singular);
}

function clauses(tokens: readonly Token[]): number[][] {
  const result: number[][] = [[]];
  tokens.forEach((token, index) => {
    const breaks = (token.type === 'punct' && !ITEM_SEPARATORS.has(token.text)) || LIST_BREAKS.has(token.text);
    if (breaks) result.push([]);
    else result[result.length - 1].push(index);
  });
  return result.filter((clause) => clause.length > 0);
}

function splitClause(tokens: readonly Token[], clause: readonly number[]): number[][] {
  const items: number[][] = [[]];
  for (const index of clause) {
    if (ITEM_SEPARATORS.has(tokens[index].text)) items.push([]);
    else items[items.length - 1].push(index);
  }
  return items.filter((item) => item.length > 0);
}

function isHit(hits: readonly TermHit[], index: number): boolean {
  return hits.some((hit) => index >= hit.first && index < hit.after);
}
