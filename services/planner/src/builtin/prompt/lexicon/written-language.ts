import { ENGLISH_WORDS } from './english-words.js';
import { fold, indexLexicon, type LexiconIndex } from './lexicon-index.js';
import { FRENCH } from './french.js';
import { GERMAN } from './german.js';
import { ITALIAN } from './italian.js';
import { PORTUGUESE } from './portuguese.js';
import { SPANISH } from './spanish.js';
import { writtenTokens } from './written-words.js';

const LEXICONS: readonly LexiconIndex[] = [SPANISH, GERMAN, FRENCH, PORTUGUESE, ITALIAN].map(indexLexicon);

// A few foreign words in an English prompt ("chili con carne", "die casting", "a la carte")
// are no sign of another language: the prompt must use several of the language's words, and
// more of them than English ones.
const LEAST_WORDS = 3;

// The language a prompt is written in, when a lexicon knows it; undefined for English.
export function writtenLanguage(prompt: string): LexiconIndex | undefined {
  const words = [...new Set(writtenTokens(prompt).filter((token) => !token.number).map((token) => fold(token.text)))];
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  const foreign = words.filter((word) => !ENGLISH_WORDS.has(word));
  let best: { index: LexiconIndex; hits: number } | undefined;
  for (const index of LEXICONS) {
    const hits = foreign.filter((word) => index.vocabulary.has(word) || index.compound(word) !== undefined).length;
    // Spanish and Portuguese share many words; the first lexicon listed wins a tie.
    if (best === undefined || hits > best.hits) best = { index, hits };
  }
  return best !== undefined && best.hits >= LEAST_WORDS && best.hits > english ? best.index : undefined;
}
