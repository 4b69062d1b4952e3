import { below } from '../engine/random.js';

// The draws one value takes, in order, from its record's key and stream: a template of Faker's
// takes as many as it has choices and digits, and the next value starts at its own counter.
export class DrawCursor {
  key = 0;
  stream = 0;
  counter = 0;

  at(key: number, stream: number, counter: number): this {
    this.key = key;
    this.stream = stream;
    this.counter = counter;
    return this;
  }

  below(n: number): number {
    return below(this.key, this.stream, this.counter++, n);
  }
}

// A Faker locale template compiled once: "{{location.street}} {{location.buildingNumber}}",
// "{{person.lastName}}{{location.city_suffix}}", "1### AA". Faker itself never runs per record.
export type TextPattern = (cursor: DrawCursor) => string;

// Resolves a template's reference ("location.city_suffix", "person.firstName") to a pattern.
export type PatternReferences = (reference: string) => TextPattern | undefined;

export type Choices = readonly string[] | readonly { readonly value: string; readonly weight: number }[];

// A choice among Faker's entries, each a template itself, weighted where Faker weighs them.
export function choicePattern(entries: Choices, references: PatternReferences, symbols: SymbolRule = 'none'): TextPattern {
  const values = entries.map((entry) => (typeof entry === 'string' ? entry : entry.value));
  const weights = entries.map((entry) => (typeof entry === 'string' ? 1 : entry.weight));
  const patterns = values.map((value) => templatePattern(value, references, symbols));
  if (values.every((value, index) => patterns[index] === undefined && value !== '')) {
    if (weights.every((weight) => weight === weights[0])) return (cursor) => values[cursor.below(values.length)]!;
  }
  const compiled = values.map((value, index) => patterns[index] ?? (() => value));
  if (compiled.length === 1) return compiled[0]!;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative = weights.map((_, index) => weights.slice(0, index + 1).reduce((sum, weight) => sum + weight, 0));
  return (cursor) => {
    const point = cursor.below(total);
    return compiled[cumulative.findIndex((bound) => point < bound)]!(cursor);
  };
}

// How the literal text of a template turns symbols into digits and letters, as Faker's helpers
// do: postcodes ("#" a digit, "?" a capital letter, "*" either), building numbers (each run of
// "#" a number without a leading zero), or not at all (names, cities, streets).
export type SymbolRule = 'none' | 'postcode' | 'building';

const REFERENCE = /\{\{(.*?)\}\}/g;
const NUMBER_INT = /^number\.int\((\{.*\})\)$/;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS_AND_LETTERS = '0123456789' + LETTERS;

// Undefined for plain text, which needs no draw.
function templatePattern(template: string, references: PatternReferences, symbols: SymbolRule): TextPattern | undefined {
  const parts: TextPattern[] = [];
  let plain = true;
  let last = 0;
  for (const match of template.matchAll(REFERENCE)) {
    const text = template.slice(last, match.index);
    if (text !== '') parts.push(literalPattern(text, symbols) ?? (() => text));
    parts.push(referencePattern(match[1]!.trim(), references, template));
    plain = false;
    last = match.index + match[0].length;
  }
  const tail = template.slice(last);
  const tailPattern = literalPattern(tail, symbols);
  if (plain && tailPattern === undefined) return undefined;
  if (tail !== '') parts.push(tailPattern ?? (() => tail));
  if (parts.length === 1) return parts[0];
  return (cursor) => {
    let text = '';
    for (const part of parts) text += part(cursor);
    return text;
  };
}

function referencePattern(reference: string, references: PatternReferences, template: string): TextPattern {
  const range = NUMBER_INT.exec(reference);
  if (range !== null) {
    const { min = 0, max } = JSON.parse(range[1]!) as { min?: number; max: number };
    return (cursor) => String(min + cursor.below(max - min + 1));
  }
  const pattern = references(reference);
  if (pattern === undefined) throw new Error(`@faker-js/faker's template "${template}" names "${reference}", which the generator does not read.`);
  return pattern;
}

function literalPattern(text: string, symbols: SymbolRule): TextPattern | undefined {
  if (symbols === 'postcode' && /[#?*]/.test(text)) return postcodeSymbols(text);
  if (symbols === 'building' && text.includes('#')) return buildingSymbols(text);
  return undefined;
}

function postcodeSymbols(text: string): TextPattern {
  return (cursor) => {
    let out = '';
    for (const char of text) {
      if (char === '#') out += cursor.below(10);
      else if (char === '?') out += LETTERS[cursor.below(26)];
      else if (char === '*') out += DIGITS_AND_LETTERS[cursor.below(36)];
      else out += char;
    }
    return out;
  };
}

// Split once: the odd parts are the runs of "#", each the smallest number of its width and up.
function buildingSymbols(text: string): TextPattern {
  const parts = text.split(/(#+)/);
  const lows = parts.map((part, index) => (index % 2 === 1 ? 10 ** (part.length - 1) : 0));
  return (cursor) => {
    let out = '';
    for (let index = 0; index < parts.length; index++) out += index % 2 === 1 ? lows[index]! + cursor.below(9 * lows[index]!) : parts[index]!;
    return out;
  };
}
