import { CliFailure } from '../cli-failure.js';
import { EXIT } from '../exit-codes.js';

// Where `datagen load --into` writes: a PostgreSQL or MySQL/MariaDB URL, or a SQLite file.
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'mysql'; url: string } | { kind: 'sqlite'; path: string };

export function databaseTarget(into: string): DatabaseTarget {
  const scheme = /^([a-z0-9+]+):/i.exec(into)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') return { kind: 'postgres', url: into };
  if (scheme === 'mysql' || scheme === 'mariadb') return { kind: 'mysql', url: into.replace(/^mariadb:/i, 'mysql:') };
  if (scheme === 'sqlite') {
    const path = into.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path !== '') return { kind: 'sqlite', path };
  }
  throw new CliFailure(`--into ${describeTarget(into)} is not a database: give postgres://…, mysql://… or sqlite:<path>`, EXIT.USAGE);
}

// The target as messages may show it: a password in a URL never is.
export function describeTarget(into: string): string {
  try {
    const url = new URL(into);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return into;
  }
}
