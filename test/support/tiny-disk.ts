import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestContext } from 'vitest';

const run = promisify(execFile);
const serversRequired = /^(true|1)$/i.test(process.env.CI ?? '');

/**
 * Runs `use` with a folder on a tmpfs of `size` (e.g. "1m"), a disk that fills up for real.
 * Mounting needs root: without it the test is skipped with the reason, except under CI=true,
 * where it fails.
 */
export async function withTinyDisk(size: string, context: TestContext, use: (folder: string) => Promise<void>): Promise<void> {
  const mountPoint = await mkdtemp(join(tmpdir(), 'tiny-disk-'));
  try {
    const refused = await run('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint]).then(
      () => undefined,
      (error: Error) => error.message.split('\n')[0],
    );
    if (refused !== undefined) {
      if (serversRequired) throw new Error(`A ${size} tmpfs is needed to fill a disk (CI=true), mount failed: ${refused}`);
      context.skip(`cannot mount a ${size} tmpfs to fill (${refused})`);
    }
    try {
      await use(mountPoint);
    } finally {
      await run('umount', [mountPoint]);
    }
  } finally {
    await rm(mountPoint, { recursive: true, force: true });
  }
}
