#!/usr/bin/env node
// The `datagen` command of package.json's "bin": runs the compiled CLI, or says in one line how
// to compile it. Plain JavaScript, so it runs before anything is built.
import { existsSync } from 'node:fs';

const main = new URL('../../dist/cli/src/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('datagen: not built yet; run `npm run build` in the DataGen folder first\n');
  // EXIT.FAILURE of cli/src/exit-codes.ts, which is not compiled yet either.
  process.exit(1);
}
await import(main.href);
