import type { DefectDraws } from './defect-draws.js';
import { positionOf } from './typo.js';

// Defects of text that keep it text. Each returns undefined when it cannot change the text
// (case of "12345"), so the caller labels only what really changed.

const PADDING = [' ', '  ', '   '];

// Stray spaces where a form or a copy-paste leaves them: before, after, or around.
export function padded(text: string, draws: DefectDraws): string {
  const pad = draws.pick(PADDING);
  switch (draws.below(3)) {
    case 0:
      return pad + text;
    case 1:
      return text + pad;
    default:
      return pad + text + pad;
  }
}

// All capitals, no capitals, or the first letter's case flipped ("jane Doe", "MARK smith").
const CASINGS: readonly ((text: string) => string)[] = [
  (text) => text.toUpperCase(),
  (text) => text.toLowerCase(),
  (text) => {
    const first = text[0]!;
    const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
    return flipped + text.slice(1);
  },
];

export function recased(text: string, draws: DefectDraws): string | undefined {
  const first = draws.below(CASINGS.length);
  for (let step = 0; step < CASINGS.length; step++) {
    const changed = CASINGS[(first + step) % CASINGS.length]!(text);
    if (changed !== text) return changed;
  }
  return undefined;
}

// What UTF-8 text looks like read as Windows-1252 (Latin-1 here: the bytes 0x80-0x9f that
// differ between them rarely occur in these values). ASCII text has nothing to garble, so it
// gets the classic mangled accent in place of a vowel, or a byte-order mark read as text.
// By the vowel's character code: "ä", "é", "ï", "ö", "ü" as Windows-1252 shows their UTF-8.
const ACCENT_MOJIBAKE: readonly (string | undefined)[] = (() => {
  const mojibake = new Array<string | undefined>(128).fill(undefined);
  Object.entries({ a: 'Ã¤', e: 'Ã©', i: 'Ã¯', o: 'Ã¶', u: 'Ã¼' }).forEach(([vowel, garbled]) => (mojibake[vowel.charCodeAt(0)] = garbled));
  return mojibake;
})();
const MOJIBAKE_BOM = 'ï»¿';
const hasMojibake = (code: number) => code < 128 && ACCENT_MOJIBAKE[code] !== undefined;

export function garbled(text: string, draws: DefectDraws): string {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) >= 0x80) return Buffer.from(text, 'utf8').toString('latin1');
  }
  const at = positionOf(text, draws, hasMojibake);
  if (at < 0) return MOJIBAKE_BOM + text;
  return text.slice(0, at) + ACCENT_MOJIBAKE[text.charCodeAt(at)]! + text.slice(at + 1);
}
