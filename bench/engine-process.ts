import { BATCH_SIZE, engineBatches } from './engine-batches.js';

// Run as a process of its own by core-ceiling.ts: the reference orders through the engine,
// with no network and no other process involved, and its records/s printed on stdout.
const WARM_UP = 100_000;
const records = Number(process.argv[2]);
const batches = engineBatches('orders', WARM_UP + records);
for (let done = 0; done < WARM_UP; done += BATCH_SIZE) batches.next();
const started = process.hrtime.bigint();
for (let next = batches.next(); !next.done; next = batches.next());
console.log(records / (Number(process.hrtime.bigint() - started) / 1e9));
