// The words and numbers of a prompt in any of the lexicons' languages, where \b and [a-z] would
// cut "categorías" in two. A word keeps its hyphens and underscores ("E-Mail", "id_cliente")
// and an elided article its apostrophe ("l'", "dell'").
export interface WrittenToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly number: boolean;
}

const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-_][\p{L}\p{M}\p{N}]+)*(?:['’](?=\p{L}))?|\d+(?:[.,]\d+)*/gu;

export function writtenTokens(text: string): WrittenToken[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    number: /^\d/.test(match[0]),
  }));
}
