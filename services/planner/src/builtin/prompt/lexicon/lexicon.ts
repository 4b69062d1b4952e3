import type { LocaleName } from '../../../../../../libs/api/src/locales.js';

// Words of one language mapped to the English the builtin planner reads: a dictionary, not a
// translator. Keys are lower case and may carry accents (a prompt matches with or without
// them); a key of several words is a phrase, read before its words.
export interface Lexicon {
  // The language's English name, as the plan's warning says it.
  readonly name: string;
  // The locale a prompt written in the language sets when the request names none.
  readonly locale: LocaleName;
  // Nouns as 'singular/plural': the English singular, made plural for the plural forms. More
  // plural forms may follow ('produkt/produkte/produkten'); a form that is both reads as plural.
  readonly nouns: Readonly<Record<string, string>>;
  // Nouns that name columns, written as nouns are. A parenthesised list is translated only
  // item by item where an item starts with one: other items are values, kept as written.
  readonly columns: Readonly<Record<string, string>>;
  // Adjectives that follow their noun ("cuentas bancarias"); English puts them before it.
  // Keys list the forms: 'bancario/bancaria/bancarios/bancarias'.
  readonly adjectives: Readonly<Record<string, string>>;
  // Every other word and phrase. An empty translation drops the word ("des clients").
  readonly words: Readonly<Record<string, string>>;
  // What some words mean right before a number: "de 1 a 5" is "from 1 to 5".
  readonly beforeNumber: Readonly<Record<string, string>>;
  // Nouns join into one word ("Kundenbewertungen"); a compound the lexicon lacks is read as a
  // noun the lexicon knows after a modifier it knows, joined by one of these letters or none.
  readonly compoundLinks?: readonly string[];
  // Stems that only begin compounds ("bestell" in "Bestellpositionen"), as English modifiers.
  readonly compoundStems?: Readonly<Record<string, string>>;
}
