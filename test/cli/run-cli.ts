import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The built `datagen` (through the bin launcher, as npx runs it) as a child process.
export const LAUNCHER = fileURLToPath(new URL('../../cli/bin/datagen.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCommand(process.execPath, [LAUNCHER, ...args], env);
}

// Under util-linux `script`, so the command's stdout and stderr are a pseudo-terminal.
export function runCliOnTerminal(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const quoted = [process.execPath, LAUNCHER, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  return runCommand('script', ['-qec', quoted, '/dev/null'], { COLUMNS: '120', ...env });
}

function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
