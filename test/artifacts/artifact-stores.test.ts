import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactStoreError, type ArtifactStore, type ByteRange, type FinishedFile, type StoredShard } from '../../libs/artifacts/src/artifact-store.js';
import { FileArtifactStore } from '../../libs/artifacts/src/file-artifact-store.js';
import { openArtifactStore } from '../../libs/artifacts/src/open-artifact-store.js';
import { MIN_MULTIPART_PART_BYTES, S3ArtifactStore } from '../../libs/artifacts/src/s3-artifact-store.js';
import { startTestS3Server, type TestS3Server } from '../support/s3-server.js';
import { withTinyDisk } from '../support/tiny-disk.js';

const never = new AbortController().signal;

let s3: TestS3Server;
let folder: string;

beforeAll(async () => {
  s3 = await startTestS3Server();
  folder = await mkdtemp(join(tmpdir(), 'artifact-stores-'));
});

afterAll(async () => {
  await s3?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

interface StoreUnderTest {
  readonly name: string;
  open(): ArtifactStore;
  // Bytes of every shard but the last: S3 refuses smaller parts in a multipart file.
  readonly shardBytes: number;
}

const stores: StoreUnderTest[] = [
  { name: 'file store', open: () => openArtifactStore(`file:${folder}`), shardBytes: 3000 },
  { name: 'S3 store', open: () => openArtifactStore(`s3://${s3.bucket}/runs`, s3.env), shardBytes: MIN_MULTIPART_PART_BYTES },
];

// Streamed in 64 KiB chunks, as a generator writes.
function bodyOf(bytes: Buffer): Readable {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += 65_536) chunks.push(bytes.subarray(offset, offset + 65_536));
  return Readable.from(chunks);
}

// A finished file's bytes: the one object, or the pieces in order (sliced to a range as the
// gateway serves them).
// A finished file is read by its own key, whatever the store keeps underneath.
async function readFinished(store: ArtifactStore, key: string, finished: FinishedFile, range?: ByteRange): Promise<Buffer> {
  expect(await store.size(key)).toBe(finished.size);
  return buffer(store.read(key, range));
}

async function failureOf(promise: Promise<unknown>): Promise<ArtifactStoreError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ArtifactStoreError);
  return error as ArtifactStoreError;
}

describe.each(stores)('$name', ({ open, shardBytes }) => {
  let store: ArtifactStore;
  beforeAll(() => {
    store = open();
  });
  afterAll(() => store?.close());

  it('assembles shards written in parallel and out of order, read back whole and by range', async () => {
    const shards = [randomBytes(shardBytes), randomBytes(shardBytes), randomBytes(shardBytes), randomBytes(1234)];
    const file = await store.beginFile('jobs/parallel/people.ndjson');
    const stored: StoredShard[] = [];
    await Promise.all(
      [3, 1, 0, 2].map(async (index) => {
        stored[index] = await store.writeShard(store.shardTarget(file, index), bodyOf(shards[index]!), never);
      }),
    );
    expect(stored.map((shard) => shard.bytes)).toEqual(shards.map((shard) => shard.length));

    const finished = await store.finishFile(file, stored);
    const expected = Buffer.concat(shards);
    expect(finished.size).toBe(expected.length);
    expect((await readFinished(store, file.key, finished)).equals(expected)).toBe(true);
    // Across the boundary of the second and third shard.
    const range = { start: 2 * shardBytes - 10, end: 2 * shardBytes + 9 };
    expect((await readFinished(store, file.key, finished, range)).equals(expected.subarray(range.start, range.end + 1))).toBe(true);
  });

  it('replaces a rewritten shard with the new bytes', async () => {
    const file = await store.beginFile('jobs/rewrite/people.csv');
    const target = store.shardTarget(file, 0);
    await store.writeShard(target, Readable.from([Buffer.from('the first attempt, longer than the second\n')]), never);
    const second = await store.writeShard(target, Readable.from([Buffer.from('id,name\n1,Ada\n')]), never);
    const finished = await store.finishFile(file, [second]);
    expect((await readFinished(store, file.key, finished)).toString()).toBe('id,name\n1,Ada\n');
  });

  it('leaves nothing of a write aborted halfway', async () => {
    const key = 'jobs/aborted/people/part-00000.parquet';
    const controller = new AbortController();
    const endless = Readable.from(
      (async function* () {
        yield Buffer.from('the first rows');
        controller.abort();
        await new Promise(() => {});
      })(),
    );
    await expect(store.writeShard({ key }, endless, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(await store.size(key)).toBeUndefined();

    await store.writeShard({ key }, Readable.from([Buffer.from('whole')]), never);
    expect(await store.size(key)).toBe(5);
  });

  it('refuses to finish a file with a missing shard or a short one', async () => {
    const file = await store.beginFile('jobs/broken/people.json');
    const last = await store.writeShard(store.shardTarget(file, 1), Readable.from([Buffer.from('[]')]), never);
    const missing = await failureOf(store.finishFile(file, [{ bytes: shardBytes, etag: '"0123456789abcdef0123456789abcdef"' }, last]));
    expect(missing.failure).toBe('missing');

    const single = await store.beginFile('jobs/broken/single.json');
    const written = await store.writeShard(store.shardTarget(single, 0), Readable.from([Buffer.from('[1,2,3]')]), never);
    const short = await failureOf(store.finishFile(single, [{ ...written, bytes: written.bytes + 1 }]));
    expect(short.failure).toBe('short');
  });

  it('removes everything of a job, finished, unfinished and whole objects, and nothing of another', async () => {
    const finishedFile = await store.beginFile('jobs/j1/people.csv');
    await store.finishFile(finishedFile, [await store.writeShard(store.shardTarget(finishedFile, 0), Readable.from([Buffer.from('a\n')]), never)]);
    const unfinished = await store.beginFile('jobs/j1/orders.csv');
    const pending = await store.writeShard(store.shardTarget(unfinished, 0), Readable.from([Buffer.from('b\n')]), never);
    await store.writeShard({ key: 'jobs/j1/items/part-00000.parquet' }, Readable.from([Buffer.from('PAR1')]), never);
    await store.writeShard({ key: 'jobs/j10/kept.bin' }, Readable.from([Buffer.from('kept')]), never);

    await store.removePrefix('jobs/j1');

    expect(await store.size('jobs/j1/people.csv')).toBeUndefined();
    expect(await store.size('jobs/j1/items/part-00000.parquet')).toBeUndefined();
    expect((await failureOf(store.finishFile(unfinished, [pending]))).failure).toBe('missing');
    expect(await store.size('jobs/j10/kept.bin')).toBe(4);
    await store.removePrefix('jobs/j10/');
    expect(await store.size('jobs/j10/kept.bin')).toBeUndefined();
  });

});

describe('S3 store', () => {
  let store: S3ArtifactStore;
  beforeAll(() => {
    store = S3ArtifactStore.fromUrl(new URL(`s3://${s3.bucket}/runs`), s3.env);
  });
  afterAll(() => store?.close());

  async function multipartFile(key: string, sizes: number[]): Promise<{ bytes: Buffer; finished: FinishedFile }> {
    const shards = sizes.map((size) => randomBytes(size));
    const file = await store.beginFile(key);
    const stored = await Promise.all(shards.map((shard, index) => store.writeShard(store.shardTarget(file, index), bodyOf(shard), never)));
    return { bytes: Buffer.concat(shards), finished: await store.finishFile(file, stored) };
  }

  it('names the bucket and prefix, never the credentials', () => {
    expect(store.description).toBe(`s3://${s3.bucket}/runs`);
  });

  it('makes one object of 3 parts of 5 MiB and a small last one, downloaded whole at a presigned URL', async () => {
    const { bytes, finished } = await multipartFile('jobs/presigned/people.csv', [MIN_MULTIPART_PART_BYTES, MIN_MULTIPART_PART_BYTES + 1, MIN_MULTIPART_PART_BYTES, 10]);
    expect(finished).toEqual({ size: bytes.length, pieceKeys: [] });

    const url = await store.directUrl('jobs/presigned/people.csv', 'people "2".csv', 'text/csv', new Date(Date.now() + 60_000));
    expect(url).toContain('/runs/jobs/presigned/people.csv?');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="people \\"2\\".csv"');
    expect(response.headers.get('content-type')).toBe('text/csv');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('answers 403 to a presigned URL with a changed signature, and to an expired one', async () => {
    await store.writeShard({ key: 'jobs/signed/a.txt' }, Readable.from([Buffer.from('secret rows')]), never);
    const url = new URL(await store.directUrl('jobs/signed/a.txt', 'a.txt', 'text/plain', new Date(Date.now() + 60_000)));
    const signature = url.searchParams.get('X-Amz-Signature')!;
    url.searchParams.set('X-Amz-Signature', (signature[0] === 'a' ? 'b' : 'a') + signature.slice(1));
    const tampered = await fetch(url);
    expect(tampered.status).toBe(403);
    expect(await tampered.text()).toContain('SignatureDoesNotMatch');

    const soon = await store.directUrl('jobs/signed/a.txt', 'a.txt', 'text/plain', new Date(Date.now() + 1000));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const expired = await fetch(soon);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('Request has expired');
  });

  it('refuses a multipart file whose part but the last is under 5 MiB, so the file can be re-planned as one shard', async () => {
    const file = await store.beginFile('jobs/small-parts/people.csv');
    const stored = await Promise.all(
      ['id\n1\n', '2\n'].map((text, index) => store.writeShard(store.shardTarget(file, index), Readable.from([Buffer.from(text)]), never)),
    );
    const refused = await failureOf(store.finishFile(file, stored));
    expect(refused.failure).toBe('refused');
    expect(refused.message).toContain('write the file as one shard');
    await store.abandonFile(file);
    expect((await failureOf(store.finishFile(file, stored))).failure).toBe('missing');
    // Abandoning twice is harmless.
    await store.abandonFile(file);
  });

  it('reports an endpoint nobody listens on as unreachable, quickly', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const unreachable = S3ArtifactStore.fromUrl(new URL(`s3://${s3.bucket}/runs`), { ...s3.env, S3_ENDPOINT: `http://127.0.0.1:${closedPort}`, AWS_MAX_ATTEMPTS: '1' });
    try {
      const error = await failureOf(unreachable.beginFile('jobs/unreachable/people.csv'));
      expect(error.failure).toBe('unreachable');
      expect(error.message).toMatch(new RegExp(`^The artifact store s3://${s3.bucket}/runs is unreachable: ECONNREFUSED`));
      expect(error.message).not.toContain(s3.env.AWS_SECRET_ACCESS_KEY);
    } finally {
      await unreachable.close();
    }
  });
});

describe('file store on a full disk', () => {
  it('reports the full disk by name and leaves no partial piece', async (context) => {
    await withTinyDisk('1m', context, async (mountPoint) => {
      const store = new FileArtifactStore(mountPoint);
      const file = await store.beginFile('jobs/full/people.csv');
      const error = await failureOf(store.writeShard(store.shardTarget(file, 0), bodyOf(randomBytes(2 * 1024 * 1024)), never));
      expect(error.failure).toBe('full');
      expect(error.message).toBe(`The artifact store is full: no space left on file:${mountPoint}`);
      expect(await readdir(join(mountPoint, 'jobs/full/people.csv.parts'))).toEqual([]);
    });
  });
});
