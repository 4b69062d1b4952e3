import { readFileSync } from 'node:fs';

// CPU time a live process has used so far in its own code (user) and in the kernel on its
// behalf (system), in seconds.
export function cpuTimes(pid: number): { user: number; system: number } {
  // The fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
}

// CPU time a live process has used so far (user and system), in seconds.
export function cpuSeconds(pid: number): number {
  const { user, system } = cpuTimes(pid);
  return user + system;
}

// Peak resident set size of a live process so far (VmHWM), in MB.
export function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmHWM:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : NaN;
}
