import { plural, singular } from '../inflection.js';
import type { Lexicon } from './lexicon.js';

// What one word or phrase of a lexicon reads as.
export interface LexiconEntry {
  readonly english: string;
  // The English singular, for the noun's place before another in a compound.
  readonly modifier: string;
  readonly noun: boolean;
  readonly column: boolean;
  readonly adjective: boolean;
}

// A lexicon ready for look-ups: its keys exactly as written and with accents folded away.
export interface LexiconIndex {
  readonly lexicon: Lexicon;
  lookup(words: readonly string[]): LexiconEntry | undefined;
  // The translation of a word right before a number, when it has one there.
  beforeNumber(word: string): string | undefined;
  // A compound the lexicon lacks, read as a modifier it knows before a noun it knows:
  // "Kundenbewertungen" → "customer reviews".
  compound(word: string): LexiconEntry | undefined;
  // The most words a key has.
  readonly longest: number;
  // Every word of every key, folded: what a prompt in the language is made of.
  readonly vocabulary: ReadonlySet<string>;
}

// Lower case, without accents; "ß" reads as "ss" and a curly apostrophe as a straight one.
// An elided article is a word of its own: "date d'embauche" is keyed "date d' embauche".
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/’/g, "'");
}

export function indexLexicon(lexicon: Lexicon): LexiconIndex {
  const exact = new Map<string, LexiconEntry>();
  const folded = new Map<string, LexiconEntry>();
  const add = (key: string, entry: LexiconEntry): void => {
    const written = key.toLowerCase().replace(/’/g, "'").replace(/'(?=\p{L})/gu, "' ");
    if (!exact.has(written)) exact.set(written, entry);
    // "e" (and) and "é" (is) fold alike; the key written without accents keeps the folded form.
    const plain = fold(written);
    if (!folded.has(plain) || plain === written) folded.set(plain, entry);
  };
  const addNouns = (table: Readonly<Record<string, string>>, column: boolean): void => {
    for (const [forms, english] of Object.entries(table)) {
      const [one, ...many] = forms.split('/');
      for (const form of many) add(form, { english: pluralOf(english), modifier: english, noun: true, column, adjective: false });
      add(one, { english, modifier: english, noun: true, column, adjective: false });
    }
  };
  addNouns(lexicon.nouns, false);
  addNouns(lexicon.columns, true);
  for (const [forms, english] of Object.entries(lexicon.adjectives)) {
    for (const form of forms.split('/')) add(form, { english, modifier: english, noun: false, column: false, adjective: true });
  }
  for (const [key, english] of Object.entries(lexicon.words)) add(key, { english, modifier: english, noun: false, column: false, adjective: false });

  const beforeNumber = new Map(Object.entries(lexicon.beforeNumber).map(([word, english]) => [fold(word), english]));
  const stems = new Map(Object.entries(lexicon.compoundStems ?? {}).map(([stem, english]) => [fold(stem), english]));
  const keys = [...exact.keys(), ...beforeNumber.keys()];
  const lookup = (words: readonly string[]): LexiconEntry | undefined => {
    const key = words.join(' ').toLowerCase().replace(/’/g, "'");
    return exact.get(key) ?? folded.get(fold(key));
  };
  return {
    lexicon,
    lookup,
    beforeNumber: (word) => beforeNumber.get(fold(word)),
    compound: (word) => (lexicon.compoundLinks === undefined ? undefined : splitCompound(fold(word), lexicon.compoundLinks, lookup, stems)),
    longest: Math.max(...keys.map((key) => key.split(' ').length)),
    vocabulary: new Set(keys.flatMap((key) => fold(key).split(' '))),
  };
}

// "order item" → "order items"; a phrase with "of" is plural in its head: "date of birth".
function pluralOf(english: string): string {
  const words = english.split(' ');
  const head = words.includes('of') ? words.indexOf('of') - 1 : words.length - 1;
  return words.map((word, index) => (index === head ? plural(word) : word)).join(' ');
}

const SHORTEST_PART = 3;

function splitCompound(
  word: string,
  links: readonly string[],
  lookup: (words: readonly string[]) => LexiconEntry | undefined,
  stems: ReadonlyMap<string, string>,
): LexiconEntry | undefined {
  // The longest noun that ends the word is its head: "produktkategorien" ends in "kategorien".
  for (let cut = SHORTEST_PART; cut <= word.length - SHORTEST_PART; cut += 1) {
    const head = lookup([word.slice(cut)]);
    if (head?.noun !== true) continue;
    const modifier = modifierOf(word.slice(0, cut), links, lookup, stems);
    if (modifier !== undefined) return { ...head, english: `${modifier} ${head.english}`, modifier: `${modifier} ${head.modifier}` };
  }
  return undefined;
}

function modifierOf(
  part: string,
  links: readonly string[],
  lookup: (words: readonly string[]) => LexiconEntry | undefined,
  stems: ReadonlyMap<string, string>,
): string | undefined {
  for (const link of ['', ...links]) {
    if (!part.endsWith(link) || part.length - link.length < SHORTEST_PART) continue;
    const stem = part.slice(0, part.length - link.length);
    const entry = lookup([stem]);
    if (entry?.noun === true) return singular(entry.modifier);
    const known = stems.get(stem);
    if (known !== undefined) return known;
  }
  return undefined;
}
