import { tokenize, type Token } from './tokens.js';

// Where a keyword phrase stands in the prompt, in token indexes; "rental" matches "rentals".
// The phrase is split as the prompt is, so "a/b test" is found as the prompt's tokens spell it.
export interface PhraseSpan {
  readonly first: number;
  readonly after: number;
}

export function findPhrase(tokens: readonly Token[], phrase: string): PhraseSpan | undefined {
  const words = tokenize(phrase).map((token) => token.singular);
  const first = tokens.findIndex((_, start) => words.every((word, offset) => tokens[start + offset]?.singular === word));
  return first < 0 ? undefined : { first, after: first + words.length };
}
