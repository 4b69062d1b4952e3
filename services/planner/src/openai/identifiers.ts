// Names become table and column names in CSV headers, JSON keys and SQL DDL, so they are
// reduced to what every SQL dialect accepts unquoted: lower snake case, ASCII, starting with a
// letter, within PostgreSQL's 63-character limit, and no reserved word.
const MAX_IDENTIFIER = 63;

// Words reserved in PostgreSQL, MySQL or SQLite that a model plausibly picks as a name.
const RESERVED = new Set(
  `all alter analyze and any as asc between by case cast check collate column constraint create cross current_date
  current_time current_timestamp current_user database default delete desc distinct drop else end except exists false
  fetch for foreign from full grant group having in index inner insert intersect interval into is join key left like
  limit match natural not null of offset on or order outer primary range references rename replace right row rows
  select session_user set table then to true union unique update user using values when where window with`.split(/\s+/),
);

// `role` names what the identifier is ("dataset", "field"): it prefixes names that start with
// a digit, suffixes reserved words and stands in for names with nothing usable in them.
export function sanitiseIdentifier(raw: string, role: string): string {
  let name = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (name === '') return role;
  if (/^[0-9]/.test(name)) name = `${role}_${name}`;
  if (RESERVED.has(name)) name = `${name}_${role}`;
  return name.slice(0, MAX_IDENTIFIER).replace(/_+$/, '');
}

// Hands out each name once: a repeated name gets the next free numeric suffix.
export class IdentifierSet {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  claim(name: string): string {
    let candidate = name;
    for (let copy = 2; this.taken.has(candidate); copy += 1) {
      const suffix = `_${copy}`;
      candidate = name.slice(0, MAX_IDENTIFIER - suffix.length) + suffix;
    }
    this.taken.add(candidate);
    return candidate;
  }
}
