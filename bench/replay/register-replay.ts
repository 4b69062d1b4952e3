import { register } from 'node:module';

// Started with `node --import` ahead of a generator (bench/gateway-bench.ts): see replay-hooks.ts.
register(new URL('./replay-hooks.js', import.meta.url));
