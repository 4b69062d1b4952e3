// Letters that Unicode decomposition does not reduce to a Latin base letter.
const SPELLED_OUT: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l' };
const LATIN_NAME = /^[\p{Script=Latin}\s'’.-]+$/u;

// A name reduced to the ASCII letters an email or username may hold ("O'Keefe" → "okeefe",
// "Müller" → "muller", "Strauß" → "strauss"); '' for a name in another script, which no table
// can romanise faithfully (Japanese kanji have several readings).
export function asciiHandle(name: string): string {
  if (!LATIN_NAME.test(name)) return '';
  return name
    .toLowerCase()
    .replace(/[ßæœøłđðþıŀ]/g, (letter) => SPELLED_OUT[letter]!)
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}
