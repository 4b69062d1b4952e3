import type { EntityKind } from '../knowledge/entity-kind.js';
import { isPlural } from './inflection.js';
import type { TermMatch, TermMeaning } from './term-index.js';
import { meaningsOf, termAt } from './term-index.js';
import type { Token } from './tokens.js';
import { TABLE_WORDS } from './word-classes.js';

// "customer tickets", "product reviews", "credit card transactions": a singular kind before a
// set of records that belong to it names two datasets, the records and what they belong to.
// A noun whose kind the records do not reference only narrows them ("delivery drivers"), a
// setting frames them ("hotel rooms"), and a term whose last word means something else
// alone is one thing ("order items" are not items).

// How many tokens at `index` name a kind of their own before the records they modify.
export function ownerModifierLength(tokens: readonly Token[], index: number, match: TermMatch): number | undefined {
  if (match.length > 1 && splitsTerm(tokens, index, match)) return 1;
  const modifier = tokens[index + match.length - 1];
  const next = tokens[index + match.length];
  if (isPlural(modifier.text) && modifier.singular !== modifier.text) return undefined;
  const head = next?.joinsPrevious === true ? termAt(tokens, index + match.length) : undefined;
  if (head === undefined) return undefined;
  const headNoun = tokens[index + match.length + head.length - 1];
  const after = tokens[index + match.length + head.length];
  const namesRecords = isPlural(headNoun.text) || (after?.type === 'word' && TABLE_WORDS.has(after.singular));
  return namesRecords && belongsTo(head.meanings, match.meanings) ? match.length : undefined;
}

// "product reviews" is an alias of reviews whose first word is a kind that reviews reference.
// Beside that kind named on its own ("tickets with ticket replies") the alias keeps its name.
function splitsTerm(tokens: readonly Token[], index: number, match: TermMatch): boolean {
  const words = tokens.slice(index, index + match.length).map((token) => token.text);
  const modifier = meaningsOf(words.slice(0, 1));
  const rest = meaningsOf(words.slice(1));
  const sameKind = rest.some((meaning) => match.meanings.some((whole) => whole.kind === meaning.kind));
  return modifier.length > 0 && sameKind && belongsTo(match.meanings, modifier) && !namedElsewhere(tokens, index, modifier);
}

function namedElsewhere(tokens: readonly Token[], index: number, meanings: readonly TermMeaning[]): boolean {
  return tokens.some((_, other) => {
    if (other === index) return false;
    const term = termAt(tokens, other);
    return term?.length === 1 && term.meanings.some((meaning) => meanings.some((own) => own.kind === meaning.kind));
  });
}

function belongsTo(records: readonly TermMeaning[], owners: readonly TermMeaning[]): boolean {
  return owners.some(
    (owner) =>
      owner.kind.setting !== true &&
      records.every((record) => record.kind !== owner.kind) &&
      records.some((record) => referencedKinds(record.kind).includes(owner.kind.name)),
  );
}

function referencedKinds(kind: EntityKind): string[] {
  return (kind.references ?? []).map((reference) => (typeof reference === 'string' ? reference : reference.kind));
}
