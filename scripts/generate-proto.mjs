// Regenerates libs/proto/src from proto/ with buf + ts-proto, offline.
// With --check, generates into a temporary folder and fails if the committed code differs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, cpSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'libs/proto/src');
const check = process.argv.includes('--check');

const scratch = mkdtempSync(join(tmpdir(), 'datagen-proto-'));
try {
  execFileSync(join(root, 'node_modules/.bin/buf'), ['generate', '--output', scratch], {
    cwd: root,
    stdio: 'inherit',
  });
  const generated = join(scratch, 'libs/proto/src');
  if (check) {
    const stale = differences(generated, target);
    if (stale.length > 0) {
      console.error(`Generated protobuf code is stale: ${stale.join(', ')}. Run npm run proto:generate.`);
      process.exit(1);
    }
    console.log('Generated protobuf code is current.');
  } else {
    rmSync(target, { recursive: true, force: true });
    cpSync(generated, target, { recursive: true });
    console.log(`Generated ${relative(root, target)}.`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function listFiles(dir, base = dir) {
  let files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files = files.concat(listFiles(path, base));
    else files.push(relative(base, path));
  }
  return files.sort();
}

function differences(expectedDir, actualDir) {
  let actual = [];
  try {
    actual = listFiles(actualDir);
  } catch {
    return ['libs/proto/src is missing'];
  }
  const expected = listFiles(expectedDir);
  const names = new Set([...expected, ...actual]);
  return [...names].filter((name) => {
    if (!expected.includes(name) || !actual.includes(name)) return true;
    return !readFileSync(join(expectedDir, name)).equals(readFileSync(join(actualDir, name)));
  });
}
