import type { Cardinality } from './constraints.js';
import { meaningsOf } from './term-index.js';
import type { Token } from './tokens.js';
import { parseNumber } from './tokens.js';
import { CLASSIFICATION_WORDS } from './word-classes.js';

const MAX_CLASSIFICATION_VALUES = 1000;
const MAX_WORDS_BETWEEN = 2;

export interface CardinalityFindings {
  readonly cardinalities: Cardinality[];
  // Token indexes the phrases cover: "5 product categories" names no entity of its own.
  readonly covered: ReadonlySet<number>;
}

// "Include 5 product categories", "3 categories of products", "4 customer tiers".
export function findCardinalities(tokens: readonly Token[]): CardinalityFindings {
  const cardinalities: Cardinality[] = [];
  const covered = new Set<number>();
  tokens.forEach((token, index) => {
    const count = token.type === 'number' ? parseNumber(token.text) : undefined;
    if (count === undefined || !Number.isInteger(count) || count < 1 || count > MAX_CLASSIFICATION_VALUES) return;
    for (let last = index + 1; last <= index + 1 + MAX_WORDS_BETWEEN && last < tokens.length; last += 1) {
      if (tokens[last].type !== 'word') return;
      if (!CLASSIFICATION_WORDS.has(tokens[last].singular)) continue;
      const modifiers = tokens.slice(index + 1, last).map((word) => word.text);
      const entity = entityAmong(modifiers) ?? entityAfterOf(tokens, last);
      cardinalities.push({ word: tokens[last].singular, count, position: token.start, ...(entity === undefined ? {} : { entity }) });
      for (let covering = index; covering <= last; covering += 1) covered.add(covering);
      return;
    }
  });
  return { cardinalities, covered };
}

function entityAmong(words: readonly string[]): string | undefined {
  return words.find((word) => meaningsOf([word]).length > 0);
}

function entityAfterOf(tokens: readonly Token[], index: number): string | undefined {
  const next = tokens[index + 1];
  const noun = tokens[index + 2];
  if (next?.text !== 'of' || noun?.type !== 'word') return undefined;
  return meaningsOf([noun.text]).length > 0 ? noun.text : undefined;
}
