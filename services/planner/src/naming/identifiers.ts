import { isPostgresSystemColumn, isSqliteInternalTable } from '../../../../libs/plan/src/sql-names.js';

// Dataset and field names become JSON keys, CSV headers and SQL table and column names. Every
// planner reduces them to lower snake case ASCII that starts with a letter and fits
// PostgreSQL's 63-character limit, so a name reads the same in every format. Reserved words
// ("order", "group", "key") stay as the prompt or the model said them: the SQL encoder quotes
// every identifier in every dialect, as it must for plans that users edit by hand. Only names
// that no quoting makes loadable get their role in front.
const MAX_IDENTIFIER = 63;

export type IdentifierRole = 'dataset' | 'field';

// `role` prefixes names that start with a digit or cannot be loaded as they are, and stands in
// for names with nothing usable in them.
export function sanitiseIdentifier(raw: string, role: IdentifierRole): string {
  const name = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (name === '') return role;
  const usable = /^[a-z]/.test(name) && !unloadable(name, role) ? name : `${role}_${name}`;
  return usable.slice(0, MAX_IDENTIFIER).replace(/_+$/, '');
}

function unloadable(name: string, role: IdentifierRole): boolean {
  return role === 'field' ? isPostgresSystemColumn(name) : isSqliteInternalTable(name);
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
