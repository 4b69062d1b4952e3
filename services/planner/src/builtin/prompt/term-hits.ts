import { isPlural, singular } from './inflection.js';
import type { TermMeaning } from './term-index.js';
import { termAt } from './term-index.js';
import { isNounModifier } from './noun-modifiers.js';
import { framesPrompt } from './setting-frames.js';
import type { Token } from './tokens.js';
import { COLLECTIVE_NOUNS, DETERMINERS, LIST_SEPARATORS, NOT_ENTITIES, SCHEMA_WORDS, TABLE_WORDS } from './word-classes.js';

// A place where the prompt names a known kind of entity.
export interface TermHit {
  readonly meanings: readonly TermMeaning[];
  readonly first: number;
  // Index after the last token of the hit, table word included ("patient records").
  readonly after: number;
  readonly start: number;
  readonly end: number;
  // The noun that makes one compound with the term ("sales" in "sales reps", "purchase" in
  // "purchase orders"), kept in the dataset's name.
  readonly qualifier?: string;
}

export function findTermHits(tokens: readonly Token[], covered: ReadonlySet<number>): TermHit[] {
  const hits: TermHit[] = [];
  const frames: TermHit[] = [];
  // Where a plural modifier of the next term starts, while that term is still to come.
  let compound: number | undefined;
  // Index after the last token any term took, so a modifier is a word no term knows.
  let termsEnd = 0;
  let index = 0;
  while (index < tokens.length) {
    const match = covered.has(index) ? undefined : termAt(tokens, index);
    if (match === undefined) {
      compound = undefined;
      index += 1;
      continue;
    }
    const unknownBefore = index > termsEnd && !covered.has(index - 1);
    termsEnd = index + match.length;
    const next = tokens[index + match.length];
    const namesTable = next !== undefined && next.type === 'word' && TABLE_WORDS.has(next.singular) && tokens[index + match.length + 1]?.text !== ':';
    if (!namesTable && modifiesNext(tokens, index, match.length)) {
      if (isPluralNoun(tokens[index + match.length - 1])) compound ??= index;
      index += match.length;
      continue;
    }
    if (!namesEntity(tokens, index, match.length, namesTable)) {
      compound = undefined;
      index += 1;
      continue;
    }
    const first = compound ?? (unknownBefore && namesKinds(tokens, index, match.length, namesTable) && isNounModifier(tokens, index - 1) ? index - 1 : index);
    const after = index + match.length + (namesTable ? 1 : 0);
    const qualifier = tokens.slice(first, index).map((token) => token.text).join(' ');
    const hit = { meanings: match.meanings, first, after, start: tokens[first].start, end: tokens[after - 1].end, ...(qualifier === '' ? {} : { qualifier }) };
    (framesPrompt(tokens, index, match.length, match.meanings) ? frames : hits).push(hit);
    compound = undefined;
    index = after;
  }
  // The setting is the entity only when the prompt names nothing else: "A hospital".
  return hits.length > 0 ? hits : frames;
}

// A plural or a table names a set of things that a noun before it may narrow: "gift cards",
// "purchase order table". A singular names one ("an engineering department"), and a table
// word alone is no kind a noun narrows: "call logs" are a table of calls.
function namesKinds(tokens: readonly Token[], index: number, length: number, namesTable: boolean): boolean {
  const noun = tokens[index + length - 1];
  return namesTable || (isPluralNoun(noun) && !TABLE_WORDS.has(noun.singular));
}

// A column described by a range ("salary between 40000 and 90000") is not an entity.
const RANGE_WORDS: ReadonlySet<string> = new Set(['between', 'from', 'ranging', 'under', 'over', 'above', 'below']);

// Before another entity word of the same phrase a noun modifies it: "delivery drivers", "a
// courier company", "sales reps". A plural modifies only a plural or a collective noun ("a
// sales team"): "users like posts" lists users and posts.
function modifiesNext(tokens: readonly Token[], index: number, length: number): boolean {
  const next = tokens[index + length];
  const head = next?.joinsPrevious === true ? termAt(tokens, index + length) : undefined;
  if (head === undefined) return false;
  const headNoun = tokens[index + length + head.length - 1];
  return !isPluralNoun(tokens[index + length - 1]) || isPluralNoun(headNoun) || COLLECTIVE_NOUNS.has(headNoun.text);
}

// A plural names the entity ("with customers and orders"). A singular or mass noun does
// only where it stands as a noun: after a determiner ("each customer"), before a table word
// ("customer data"), in a list ("employees, payroll and timesheets") or before its column
// list. Elsewhere it frames the prompt ("Hospital data:", "Clinic with ...") or modifies
// another noun ("order patterns").
function namesEntity(tokens: readonly Token[], index: number, length: number, namesTable: boolean): boolean {
  const last = tokens[index + length - 1];
  const previous = tokens[index - 1];
  const next = tokens[index + length];
  // A word that also describes a schema ("fields", "tables") names things only in a list of them.
  if (length === 1 && SCHEMA_WORDS.has(last.singular)) {
    return [previous, next].some((token) => token !== undefined && LIST_SEPARATORS.has(token.text) && token.text !== 'or');
  }
  if (isPluralNoun(last)) return true;
  // A mass noun that leads the prompt is its subject: "Inventory of products in stores".
  if (index === 0 && singular(last.text) === last.text && isPlural(last.text) && next?.text === 'of') return true;
  if (namesTable || next?.text === '(') return true;
  // A singular compound that ends in a column word is that column: "orders with a shipping
  // address", "products with a stock level".
  if (length > 1 && NOT_ENTITIES.has(last.singular)) return false;
  if (next !== undefined && (next.type === 'number' || RANGE_WORDS.has(next.text))) return false;
  if (previous !== undefined && (DETERMINERS.has(previous.text) || LIST_SEPARATORS.has(previous.text))) return true;
  return next !== undefined && LIST_SEPARATORS.has(next.text) && next.text !== 'or';
}

// "customers", not the mass noun "inventory" that is its own plural.
function isPluralNoun(token: Token): boolean {
  return isPlural(token.text) && singular(token.text) !== token.text;
}
