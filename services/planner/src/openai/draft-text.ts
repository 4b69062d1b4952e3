// Free text from the model (descriptions, enum values, the domain) ends up in output files and
// SQL comments: control characters go, whitespace is collapsed, length is bounded.
export function cleanText(text: string, maxLength: number): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
}

// A name the model used, quoted in a warning: short and printable whatever the model sent.
export function quoted(text: string): string {
  return `"${cleanText(text, 60)}"`;
}
