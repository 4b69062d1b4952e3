import type { TermMeaning } from './term-index.js';
import type { Token } from './tokens.js';
import { LIST_SEPARATORS, TABLE_WORDS } from './word-classes.js';

// Words that introduce the one place a prompt is set in: "A university", "My bakery",
// "for the hospital". Distributive words ("each hotel", "per store") count many and are absent.
const FRAMING_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'this', 'one']);

// A singular setting word ("A hospital where patients ...", "An airline with flights ...")
// frames the prompt. It names a dataset only in a list, before its columns or a table word.
export function framesPrompt(tokens: readonly Token[], index: number, length: number, meanings: readonly TermMeaning[]): boolean {
  if (!meanings.some((meaning) => meaning.kind.setting === true)) return false;
  const last = tokens[index + length - 1];
  if (last.singular !== last.text) return false;
  const previous = tokens[index - 1];
  const next = tokens[index + length];
  if (previous !== undefined && previous.type === 'word' && !FRAMING_DETERMINERS.has(previous.text)) return false;
  if (previous !== undefined && LIST_SEPARATORS.has(previous.text)) return false;
  // "..., passengers and an airline" lists it; "for an airline, with airports" is set in it.
  const beforeDeterminer = tokens[index - 2];
  if (beforeDeterminer !== undefined && LIST_SEPARATORS.has(beforeDeterminer.text)) return false;
  return next === undefined || !(next.text === '(' || TABLE_WORDS.has(next.singular) || (next.text !== ',' && LIST_SEPARATORS.has(next.text)));
}
