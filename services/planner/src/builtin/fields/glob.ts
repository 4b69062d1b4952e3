// Column-name patterns: `*` stands for one or more characters ("*_date", "is_*").
const CACHE = new Map<string, RegExp>();

export function matchesGlob(name: string, pattern: string): boolean {
  if (!pattern.includes('*')) return name === pattern;
  let regex = CACHE.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(`^${pattern.split('*').map(escape).join('[a-z0-9_]+')}$`);
    CACHE.set(pattern, regex);
  }
  return regex.test(name);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
