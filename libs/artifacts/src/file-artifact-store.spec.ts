import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArtifactStoreError } from './artifact-store.js';
import { FileArtifactStore } from './file-artifact-store.js';

let root: string;
let store: FileArtifactStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'file-artifact-store-'));
  store = new FileArtifactStore(join(root, 'store'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const never = new AbortController().signal;

describe('FileArtifactStore', () => {
  it('keeps a file as numbered pieces beside no leftover temporary names', async () => {
    const file = await store.beginFile('jobs/j1/people.csv');
    expect(store.shardTarget(file, 0)).toEqual({ key: 'jobs/j1/people.csv.parts/00000' });
    expect(store.shardTarget(file, 12)).toEqual({ key: 'jobs/j1/people.csv.parts/00012' });

    const second = await store.writeShard(store.shardTarget(file, 1), Readable.from(['b,2\n']), never);
    const first = await store.writeShard(store.shardTarget(file, 0), Readable.from(['id,n\n', 'a,1\n']), never);
    expect([first.bytes, second.bytes]).toEqual([9, 4]);

    expect(await readdir(join(root, 'store/jobs/j1/people.csv.parts'))).toEqual(['00000', '00001']);
    const finished = await store.finishFile(file, [first, second]);
    expect(finished).toEqual({ size: 13, pieceKeys: ['jobs/j1/people.csv.parts/00000', 'jobs/j1/people.csv.parts/00001'] });
    expect(await text(store.read(finished.pieceKeys[0]!, { start: 3, end: 6 }))).toBe('n\na,');
  });

  it('names the missing piece and the short piece when finishing', async () => {
    const file = await store.beginFile('jobs/j1/people.csv');
    const first = await store.writeShard(store.shardTarget(file, 0), Readable.from(['abc']), never);

    const missing = await store.finishFile(file, [first, { bytes: 3 }]).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ArtifactStoreError);
    expect(missing).toMatchObject({ failure: 'missing', message: expect.stringContaining('jobs/j1/people.csv.parts/00001') });

    const short = await store.finishFile(file, [{ bytes: 4 }]).catch((error: unknown) => error);
    expect(short).toMatchObject({ failure: 'short', message: expect.stringContaining('has 3 bytes') });
  });

  it('refuses keys that would leave the root', async () => {
    for (const key of ['../outside', 'jobs/../../outside', '/etc/passwd', 'jobs//x', '', 'jobs\\x']) {
      await expect(store.beginFile(key)).rejects.toThrow('is not a relative path inside the store');
      expect(() => store.read(key)).toThrow('is not a relative path inside the store');
    }
    await expect(store.removePrefix('/')).rejects.toThrow('is not a relative path inside the store');
  });

  it('reports a root it cannot write to as unreachable, naming the store', async () => {
    await writeFile(join(root, 'a-file'), 'not a folder');
    const blocked = new FileArtifactStore(join(root, 'a-file'));
    const file = await blocked.beginFile('jobs/j1/people.csv');
    const error = await blocked.writeShard(blocked.shardTarget(file, 0), Readable.from(['abc']), never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArtifactStoreError);
    expect(error).toMatchObject({ failure: 'unreachable', message: expect.stringContaining(`The artifact store file:${root}/a-file cannot be used: ENOTDIR`) });
  });

  it('passes a failing body on as it came and leaves nothing behind', async () => {
    const file = await store.beginFile('jobs/j1/people.csv');
    const failing = Readable.from(
      (async function* () {
        yield 'partial';
        throw new Error('the generator broke');
      })(),
    );
    await expect(store.writeShard(store.shardTarget(file, 0), failing, never)).rejects.toThrow('the generator broke');
    expect(await readdir(join(root, 'store/jobs/j1/people.csv.parts'))).toEqual([]);
  });

  it('needs an absolute root and serves no direct URL', async () => {
    expect(() => new FileArtifactStore('relative/data')).toThrow('absolute folder');
    expect(store.description).toBe(`file:${root}/store`);
    expect(await store.directUrl()).toBeUndefined();
  });
});
