import type { DefectDraws } from './defect-draws.js';

// QWERTY neighbours of each letter and digit: a typo hits a key next to the right one.
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

// By character code of the lower-case key; undefined for characters off these rows.
const NEIGHBOURS: readonly (string | undefined)[] = (() => {
  const neighbours = new Array<string | undefined>(128).fill(undefined);
  ROWS.forEach((row, line) =>
    [...row].forEach((key, column) => {
      const near = [row[column - 1], row[column + 1], ROWS[line - 1]?.[column], ROWS[line - 1]?.[column + 1], ROWS[line + 1]?.[column], ROWS[line + 1]?.[column - 1]];
      neighbours[key.charCodeAt(0)] = near.filter((candidate) => candidate !== undefined).join('');
    }),
  );
  return neighbours;
})();

const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
const onKeyboard = (code: number) => code < 128 && NEIGHBOURS[lower(code)] !== undefined;
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

// A keyboard slip on one letter or digit: the key next to it, two keys swapped, or a key
// missed. Undefined when the text has no letter or digit to slip on.
export function misspelt(text: string, draws: DefectDraws): string | undefined {
  const at = positionOf(text, draws, onKeyboard);
  if (at < 0) return undefined;
  const code = text.charCodeAt(at);
  switch (draws.below(3)) {
    case 0: {
      const neighbours = NEIGHBOURS[lower(code)]!;
      const slip = neighbours[draws.below(neighbours.length)]!;
      return text.slice(0, at) + (code === lower(code) ? slip : slip.toUpperCase()) + text.slice(at + 1);
    }
    case 1: {
      // Never swapped with half of a surrogate pair, which would leave a broken character.
      const swappable = (other: number) => other >= 0 && other < text.length && text.charCodeAt(other) !== code && !isSurrogate(text.charCodeAt(other));
      const next = swappable(at + 1) ? at + 1 : swappable(at - 1) ? at - 1 : -1;
      if (next < 0) return text.slice(0, at) + text.slice(at + 1);
      const [left, right] = next > at ? [at, next] : [next, at];
      return text.slice(0, left) + text[right] + text[left] + text.slice(right + 1);
    }
    default:
      return text.slice(0, at) + text.slice(at + 1);
  }
}

// A position holding a character whose code passes `test`, from a drawn start onwards
// (wrapping): cheaper than listing every candidate, which long text would make costly.
export function positionOf(text: string, draws: DefectDraws, test: (code: number) => boolean): number {
  const start = draws.below(text.length);
  for (let step = 0; step < text.length; step++) {
    const at = start + step < text.length ? start + step : start + step - text.length;
    if (test(text.charCodeAt(at))) return at;
  }
  return -1;
}
