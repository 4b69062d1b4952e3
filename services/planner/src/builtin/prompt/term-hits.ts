import type { EntityKind } from '../knowledge/entity-kind.js';
import { isPlural, singular } from './inflection.js';
import type { TermMatch, TermMeaning } from './term-index.js';
import { meaningsOf, termAt } from './term-index.js';
import { ownerModifierLength } from './modifier-kinds.js';
import { isNounModifier } from './noun-modifiers.js';
import { continuesNounPhrase } from './phrase-continuation.js';
import { framesPrompt } from './setting-frames.js';
import type { Token } from './tokens.js';
import { COLLECTIVE_NOUNS, DETERMINERS, LIST_SEPARATORS, NOT_ENTITIES, PHRASE_ENDINGS, SCHEMA_WORDS, TABLE_WORDS } from './word-classes.js';

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
  // A kind named before the records that belong to it: "customer" in "customer tickets".
  readonly owner?: boolean;
}

export interface TermFindings {
  // Kinds the prompt names as datasets.
  readonly hits: readonly TermHit[];
  // Singular settings that frame the prompt: "A hospital where ...".
  readonly frames: readonly TermHit[];
  // Kinds named only inside a compound that names something else: "customer" in "customer
  // churn", "course" and "registration" in "course registration system".
  readonly described: readonly TermHit[];
}

export function findTermHits(tokens: readonly Token[], covered: ReadonlySet<number>): TermFindings {
  const hits: TermHit[] = [];
  const frames: TermHit[] = [];
  const described: TermHit[] = [];
  // Index after the last described term, so that "sales team" does not also describe a team.
  let describedEnd = 0;
  // Where the records an owner modifies start: "product inventory" names the inventory.
  let ownedHead: number | undefined;
  const describe = (index: number, match: TermMatch): void => {
    if (index < describedEnd || !describes(tokens, index, match)) return;
    describedEnd = index + match.length;
    described.push({ ...span(tokens, index, describedEnd), meanings: match.meanings });
  };
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
    const owner = compound === undefined ? ownerModifierLength(tokens, index, match) : undefined;
    if (owner !== undefined) {
      hits.push({ ...span(tokens, index, index + owner), meanings: meaningsOf(tokens.slice(index, index + owner).map((token) => token.text)), owner: true });
      termsEnd = index + owner;
      index += owner;
      ownedHead = index;
      continue;
    }
    const namesTable = next !== undefined && next.type === 'word' && TABLE_WORDS.has(next.singular) && tokens[index + match.length + 1]?.text !== ':';
    if (!namesTable && modifiesNext(tokens, index, match.length)) {
      if (isPluralNoun(tokens[index + match.length - 1])) compound ??= index;
      else describe(index, match);
      index += match.length;
      continue;
    }
    if (ownedHead !== index && !namesEntity(tokens, index, match.length, namesTable)) {
      if (!isPluralNoun(tokens[index + match.length - 1])) describe(index, match);
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
  return { hits: withoutHeldOwners(hits), frames, described };
}

function span(tokens: readonly Token[], first: number, after: number): Pick<TermHit, 'first' | 'after' | 'start' | 'end'> {
  return { first, after, start: tokens[first].start, end: tokens[after - 1].end };
}

// A setting frames what it modifies ("hospital management") rather than names a dataset, and a
// word that ends a phrase is no noun ("a tool like Jira").
function describes(tokens: readonly Token[], index: number, match: TermMatch): boolean {
  if (match.length === 1 && PHRASE_ENDINGS.has(tokens[index].text)) return false;
  return !match.meanings.some((meaning) => meaning.kind.setting === true);
}

// A card is how a cardholder pays: beside the holder, "credit card transactions" says what the
// transactions are rather than asks for a dataset of cards. Only a link the kind always has
// makes it held: a pupil's class, linked unless enrollments are planned, does not make
// "student grades by course" a list of grades alone.
function withoutHeldOwners(hits: readonly TermHit[]): TermHit[] {
  const named = hits.filter((hit) => hit.owner !== true).flatMap((hit) => hit.meanings.map((meaning) => meaning.kind.name));
  const held = (kind: EntityKind) => (kind.references ?? []).some((reference) => typeof reference === 'string' ? named.includes(reference) : reference.unless === undefined && named.includes(reference.kind));
  return hits.filter((hit) => hit.owner !== true || !hit.meanings.some((meaning) => held(meaning.kind)));
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
  // After a determiner a singular is the noun unless the phrase goes on: "a checkout page" is
  // a page, "each customer" a customer.
  if (previous !== undefined && DETERMINERS.has(previous.text)) return !continuesNounPhrase(next);
  if (previous !== undefined && (LIST_SEPARATORS.has(previous.text) || previous.text === GROUPING_WORD)) return true;
  return next !== undefined && LIST_SEPARATORS.has(next.text) && next.text !== 'or';
}

// "grades by course": what records are grouped by is a dataset of its own.
const GROUPING_WORD = 'by';

// "customers", not the mass noun "inventory" that is its own plural.
function isPluralNoun(token: Token): boolean {
  return isPlural(token.text) && singular(token.text) !== token.text;
}
