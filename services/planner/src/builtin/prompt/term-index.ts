import type { Domain } from '../knowledge/domain.js';
import { DOMAINS } from '../knowledge/domain-registry.js';
import type { EntityKind } from '../knowledge/entity-kind.js';
import { plural, singular } from './inflection.js';
import type { Token } from './tokens.js';
import { COLLECTIVE_NOUNS } from './word-classes.js';

// One way a prompt may name a kind; the dataset keeps the prompt's word ("physicians").
export interface TermMeaning {
  readonly domain: Domain;
  readonly kind: EntityKind;
  readonly datasetName: string;
}

export interface TermMatch {
  readonly meanings: readonly TermMeaning[];
  readonly length: number;
}

const MAX_TERM_WORDS = 4;

const INDEX: ReadonlyMap<string, readonly TermMeaning[]> = buildIndex();

function buildIndex(): Map<string, TermMeaning[]> {
  const index = new Map<string, TermMeaning[]>();
  for (const domain of DOMAINS) {
    for (const kind of domain.kinds) {
      for (const phrase of [kind.name.replace(/_/g, ' '), ...(kind.aliases ?? [])]) {
        const key = keyOf(phrase.split(/\s+/));
        const meanings = index.get(key) ?? [];
        meanings.push({ domain, kind, datasetName: namesGroup(phrase) ? kind.name : phrase.replace(/[^a-z0-9]+/g, '_') });
        index.set(key, meanings);
      }
    }
  }
  return index;
}

// Dataset names are plural. A group noun ("sales team") has no plural that means its members,
// so a dataset of the members takes the name of the kind they are: sales_reps. A mass noun
// ("support staff") is plural already.
function namesGroup(phrase: string): boolean {
  const noun = phrase.split(/\s+/).at(-1) ?? phrase;
  return COLLECTIVE_NOUNS.has(noun) && plural(noun) !== noun;
}

function keyOf(words: readonly string[]): string {
  return words.map((word) => singular(word)).join(' ');
}

// The longest term starting at `index`: "order items" wins over "order".
export function termAt(tokens: readonly Token[], index: number): TermMatch | undefined {
  for (let length = Math.min(MAX_TERM_WORDS, tokens.length - index); length >= 1; length -= 1) {
    const words = tokens.slice(index, index + length);
    if (words.some((token) => token.type !== 'word' && token.text !== '/')) continue;
    const meanings = INDEX.get(keyOf(words.map((token) => token.text)));
    if (meanings !== undefined) return { meanings, length };
  }
  return undefined;
}

export function meaningsOf(words: readonly string[]): readonly TermMeaning[] {
  return INDEX.get(keyOf(words)) ?? [];
}
