import { singular } from './inflection.js';
import type { Token } from './tokens.js';

// Where a keyword phrase stands in the prompt, in token indexes; "rental" matches "rentals".
export interface PhraseSpan {
  readonly first: number;
  readonly after: number;
}

export function findPhrase(tokens: readonly Token[], phrase: string): PhraseSpan | undefined {
  const words = phrase.split(/\s+/).map((word) => singular(word));
  const first = tokens.findIndex((_, start) => words.every((word, offset) => tokens[start + offset]?.singular === word));
  return first < 0 ? undefined : { first, after: first + words.length };
}
