import { singular } from './inflection.js';

export type TokenType = 'word' | 'number' | 'punct';

export interface Token {
  readonly text: string;
  readonly singular: string;
  readonly type: TokenType;
  // Character offsets in the prompt, so findings can be ordered and related to parentheses.
  readonly start: number;
  readonly end: number;
  // Only spaces separate it from the token before, as between the words of one noun phrase
  // ("sales reps"); a line break or a bullet between two list items does not.
  readonly joinsPrevious: boolean;
}

// "a/b" (as in "A/B test") is one word: split, its "b test" would read as a lab test.
const TOKEN = /\$?\d[\d,]*(?:\.\d+)?%?|\b[a-z]\/[a-z]\b|[a-z][a-z0-9]*(?:[-'][a-z0-9]+)*|[(),.;:&/]/g;

// Snake-case names in prose ("order_items") read as words; a possessive reads as its noun.
export function tokenize(prompt: string): Token[] {
  const text = prompt.toLowerCase().replace(/_/g, ' ').replace(/['’]s\b/g, '  ');
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const previous = tokens.at(-1);
    const type: TokenType = /^[\d$]/.test(value) ? 'number' : /^[a-z]/.test(value) ? 'word' : 'punct';
    tokens.push({
      text: value,
      singular: type === 'word' ? singular(value) : value,
      type,
      start: match.index,
      end: match.index + value.length,
      joinsPrevious: previous !== undefined && /^[ \t]+$/.test(text.slice(previous.end, match.index)),
    });
  }
  return tokens;
}

export function parseNumber(text: string): number | undefined {
  const match = /^\$?(-?\d[\d,]*(?:\.\d+)?)\s*(k|m)?%?$/i.exec(text.trim());
  if (match === null) return undefined;
  const value = Number(match[1].replace(/,/g, ''));
  const multiplier = match[2]?.toLowerCase() === 'k' ? 1_000 : match[2]?.toLowerCase() === 'm' ? 1_000_000 : 1;
  return Number.isFinite(value) ? value * multiplier : undefined;
}
