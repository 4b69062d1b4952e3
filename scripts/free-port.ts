import { createServer } from 'node:net';

// Ports below Linux's ephemeral range (32768-60999), so no outgoing connection can
// take one between our check and the child process binding it. Each test worker gets
// its own block (VITEST_POOL_ID), so workers starting stacks at once never pick the
// same port either; the run's process id (the workers' parent) shifts the blocks, so two
// test runs side by side mostly keep apart too. Outside vitest the block follows the
// process id.
const FIRST_PORT = 16_000;
const BLOCK_SIZE = 1_000;
const BLOCKS = 16;

const worker = process.env.VITEST_POOL_ID;
const slot = worker === undefined ? process.pid : Number(worker) + process.ppid;
const block = (slot % BLOCKS) * BLOCK_SIZE + FIRST_PORT;
let next = 0;

// A port nothing on 127.0.0.1 holds now and this process has not handed out before.
export async function freePort(): Promise<number> {
  for (let tried = 0; tried < BLOCK_SIZE; tried++) {
    const port = block + (next++ % BLOCK_SIZE);
    if (await canBind(port)) return port;
  }
  throw new Error(`no free port in ${block}-${block + BLOCK_SIZE - 1}`);
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
