import type { Token } from './tokens.js';
import { PHRASE_ENDINGS, STORAGE_WORDS, TABLE_WORDS } from './word-classes.js';

// Whether the noun phrase goes on at `next`: a noun the word before modifies ("a checkout
// page", "a project management app"), not a word that ends the phrase ("with", "and"), a table
// or storage word ("customer data", "a customer database") or punctuation.
export function continuesNounPhrase(next: Token | undefined): boolean {
  if (next === undefined || next.type !== 'word' || !next.joinsPrevious) return false;
  return !PHRASE_ENDINGS.has(next.text) && !TABLE_WORDS.has(next.singular) && !STORAGE_WORDS.has(next.singular);
}
