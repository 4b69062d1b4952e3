import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openJobStore } from './open-job-store.js';

describe('openJobStore', () => {
  it('opens sqlite:<path> relative to the working directory', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'datagen-open-job-store-'));
    const workingDirectory = process.cwd();
    try {
      process.chdir(folder);
      const store = await openJobStore('sqlite:state/jobs.db');
      await store.close();
      expect(existsSync(join(folder, 'state', 'jobs.db'))).toBe(true);
    } finally {
      process.chdir(workingDirectory);
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('asks for a file when sqlite: names none', async () => {
    await expect(openJobStore('sqlite:')).rejects.toThrow('JOB_STORE sqlite: needs a file, e.g. sqlite:./data/jobs.db');
  });

  it('refuses any other location, quoting only its scheme since the rest may hold a password', async () => {
    const refusal = openJobStore('mysql://datagen:hunter2@db.internal/jobs');
    await expect(refusal).rejects.toThrow('JOB_STORE must be sqlite:<path> or postgres://user@host/database, not a mysql: location');
    await expect(refusal).rejects.not.toThrow('hunter2');
    await expect(openJobStore('./jobs.db')).rejects.toThrow(/^JOB_STORE must be sqlite:<path> or postgres:\/\/user@host\/database$/);
  });
});
