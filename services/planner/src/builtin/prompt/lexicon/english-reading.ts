import { findParenGroups } from '../paren-groups.js';
import type { LexiconEntry, LexiconIndex } from './lexicon-index.js';
import type { WrittenToken } from './written-words.js';
import { writtenTokens } from './written-words.js';

// A prompt in another language, word for word in the English the builtin planner reads:
// "Tienda online con clientes (nombre, correo)" → "online store with customers (name, email)".
// Punctuation and line breaks stay where they were, so lists and parentheses read as before.
// Words the lexicon lacks stay, without their accents, to name datasets of their own; values
// listed in parentheses ("estado (pendiente, enviado)") are data and stay exactly as written.
export function inEnglish(prompt: string, index: LexiconIndex): string {
  const tokens = writtenTokens(prompt);
  const kept = valueTokens(prompt, tokens, index);
  let text = '';
  let at = 0;
  let next = 0;
  while (next < tokens.length) {
    const token = tokens[next];
    text += prompt.slice(at, token.start);
    const reading = kept.has(next) ? { english: token.text, length: 1 } : readAt(prompt, tokens, next, index);
    const last = tokens[next + reading.length - 1];
    // An elided article ("l'hôpital") was joined to its noun; its English is a word of its own.
    text += /['’]$/.test(last.text) && reading.english !== last.text ? `${reading.english} ` : reading.english;
    at = last.end;
    next += reading.length;
  }
  return text + prompt.slice(at);
}

interface Reading {
  readonly english: string;
  readonly length: number;
}

function readAt(prompt: string, tokens: readonly WrittenToken[], start: number, index: LexiconIndex): Reading {
  const token = tokens[start];
  if (token.number) return { english: englishNumber(token.text), length: 1 };
  const following = tokens[start + 1];
  const beforeNumber = following?.number === true && spaced(prompt, token, following) ? index.beforeNumber(token.text) : undefined;
  if (beforeNumber !== undefined) return { english: beforeNumber, length: 1 };
  const phrase = phraseAt(prompt, tokens, start, index);
  if (phrase === undefined) return { english: wordOf(token.text, index), length: 1 };
  // "cuentas bancarias": the adjective after a noun goes before it.
  const after = phrase.entry.noun ? phraseAt(prompt, tokens, start + phrase.length, index) : undefined;
  if (after !== undefined && after.entry.adjective && spaced(prompt, tokens[start + phrase.length - 1], tokens[start + phrase.length])) {
    return { english: `${after.entry.english} ${phrase.entry.english}`, length: phrase.length + after.length };
  }
  return { english: phrase.entry.english, length: phrase.length };
}

// The longest key of the lexicon that starts at `start`, its words apart only by spaces.
function phraseAt(prompt: string, tokens: readonly WrittenToken[], start: number, index: LexiconIndex): { entry: LexiconEntry; length: number } | undefined {
  if (tokens[start] === undefined || tokens[start].number) return undefined;
  let length = 1;
  while (length < index.longest && start + length < tokens.length && !tokens[start + length].number && spaced(prompt, tokens[start + length - 1], tokens[start + length])) length += 1;
  for (; length >= 1; length -= 1) {
    const entry = index.lookup(tokens.slice(start, start + length).map((token) => token.text));
    if (entry !== undefined) return { entry, length };
  }
  return undefined;
}

// A word no key matches: a compound of known parts, hyphenated known parts ("Kunden-Daten"),
// or the word itself. Snake-case names are the user's own and stay.
function wordOf(word: string, index: LexiconIndex): string {
  if (word.includes('_')) return word;
  const joined = word.replace(/-/g, '');
  const whole = index.lookup([joined]) ?? index.compound(joined);
  if (whole !== undefined) return whole.english;
  const parts = word.split('-').map((part) => index.lookup([part]) ?? index.compound(part));
  if (parts.length > 1 && parts.every((part) => part !== undefined)) return parts.map((part) => part!.english).join(' ');
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

// "1.000" is a thousand and "4,5" four and a half in all five languages.
function englishNumber(number: string): string {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(number)) return number.replace(/\./g, '');
  if (/^\d+,(?:\d{1,2}|\d{4,})$/.test(number)) return number.replace(',', '.');
  return number;
}

// Words of one phrase: apart only by spaces, or an elided article joined to its word.
function spaced(prompt: string, before: WrittenToken, after: WrittenToken): boolean {
  const gap = prompt.slice(before.end, after.start);
  return /^[ \t\u00a0]+$/.test(gap) || (gap === '' && /['’]$/.test(before.text));
}

// Tokens inside parentheses that are values, not columns. A top-level list where an item starts
// with a column word lists columns: its items that start with a column word, or with a noun
// in lower case ("departamento (Ventas, TI)"), are translated. Other items, other lists and
// lists nested in an item ("estado (pendiente, enviado)") stay as written. Words that join
// the items ("y", "und") are translated, so the English reader splits the list where it should.
function valueTokens(prompt: string, tokens: readonly WrittenToken[], index: LexiconIndex): Set<number> {
  const kept = new Set<number>();
  for (const group of findParenGroups(prompt)) {
    const items = itemsOf(prompt, tokens, group.open, group.close, index, kept);
    const entries = items.map((item) => phraseAt(prompt, tokens, item[0], index)?.entry);
    const listsColumns = entries.some((entry) => entry?.column === true);
    items.forEach((item, position) => {
      const entry = entries[position];
      const column = entry?.column === true || (entry?.noun === true && tokens[item[0]].text === tokens[item[0]].text.toLowerCase());
      if (!listsColumns || !column) item.forEach((at) => kept.add(at));
    });
  }
  return kept;
}

// The items of the list between `open` and `close`, as token positions; tokens of lists
// nested in an item go to `nested`.
function itemsOf(prompt: string, tokens: readonly WrittenToken[], open: number, close: number, index: LexiconIndex, nested: Set<number>): number[][] {
  const items: number[][] = [[]];
  let depth = 0;
  let at = open + 1;
  tokens.forEach((token, position) => {
    if (token.start <= open || token.end > close) return;
    const between = prompt.slice(at, token.start);
    at = token.end;
    for (const char of between) {
      if (char === '(') depth += 1;
      if (char === ')') depth -= 1;
    }
    const joins = isConjunction(index.lookup([token.text]));
    if (depth > 0) {
      nested.add(position);
    } else if (/[,;|/]/.test(between) || joins) {
      items.push(joins ? [] : [position]);
    } else {
      items[items.length - 1].push(position);
    }
  });
  return items.filter((item) => item.length > 0);
}

function isConjunction(entry: LexiconEntry | undefined): boolean {
  return entry?.english === 'and' || entry?.english === 'or';
}
