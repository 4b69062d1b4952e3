// Dataset and column names must be safe in SQL and JSON keys: lower snake case, starting
// with a letter, short enough for every SQL dialect's identifier limit.
const MAX_IDENTIFIER = 63;

export function toIdentifier(text: string, fallback: string): string {
  const snake = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_IDENTIFIER)
    .replace(/_+$/, '');
  if (snake === '') return fallback;
  return /^[a-z]/.test(snake) ? snake : `${fallback}_${snake}`.slice(0, MAX_IDENTIFIER);
}
