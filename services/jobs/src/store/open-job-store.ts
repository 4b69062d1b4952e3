import { resolve } from 'node:path';
import type { JobStore } from './job-store.js';
import { PostgresJobStore } from './postgres-job-store.js';
import { SqliteJobStore } from './sqlite-job-store.js';

// JOB_STORE: "sqlite:<path>" (a file, relative to the working directory; the embedded default
// for one coordinator) or "postgres://…" / "postgresql://…" (shared by several replicas).
export async function openJobStore(location: string): Promise<JobStore> {
  if (location.startsWith('sqlite:')) {
    const path = location.slice('sqlite:'.length);
    if (path === '') throw new Error('JOB_STORE sqlite: needs a file, e.g. sqlite:./data/jobs.db');
    return SqliteJobStore.open(resolve(path));
  }
  if (/^postgres(ql)?:\/\//.test(location)) return PostgresJobStore.open(location);
  // Only the scheme is quoted: the rest may be a URL with a password in it.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(location)?.[0];
  throw new Error(`JOB_STORE must be sqlite:<path> or postgres://user@host/database${scheme ? `, not a ${scheme} location` : ''}`);
}
