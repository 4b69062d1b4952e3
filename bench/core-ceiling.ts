import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ENGINE_PROCESS = join(dirname(fileURLToPath(import.meta.url)), 'engine-process.js');

// What the machine itself gives for this work: the engine alone in one process per core, all
// at once, with no network and no client. On a virtual machine two cores need not do twice
// the work of one (their host may be busy or share physical cores), and no pool of
// generators can scale past what this measures.
export async function engineOnCores(cores: readonly number[], records: number): Promise<number> {
  const runs = await Promise.all(cores.map((core) => run('taskset', ['--cpu-list', String(core), process.execPath, ENGINE_PROCESS, String(records)])));
  return runs.reduce((total, { stdout }) => total + Number(stdout), 0);
}
