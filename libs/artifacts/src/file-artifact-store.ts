import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  ArtifactStoreError,
  type ArtifactStore,
  type ByteRange,
  type FileUpload,
  type FinishedFile,
  type ShardTarget,
  type StoredShard,
} from './artifact-store.js';
import { checkedArtifactFolder, checkedArtifactKey } from './artifact-key.js';

// A local folder. A file is kept as numbered pieces, `<key>.parts/00000` and on, one per shard,
// and served as their concatenation: shards are written in parallel by several generators, and
// renaming whole pieces into place is the only assembly that needs no copy and no lock.
export class FileArtifactStore implements ArtifactStore {
  readonly description: string;

  constructor(private readonly root: string) {
    if (!isAbsolute(root)) throw new Error(`The file artifact store needs an absolute folder, got "${root}"`);
    this.description = `file:${root}`;
  }

  async beginFile(key: string): Promise<FileUpload> {
    this.pathOf(key);
    return { key };
  }

  shardTarget(file: FileUpload, index: number): ShardTarget {
    return { key: pieceKey(file.key, index) };
  }

  // Writes to a temporary name beside the piece and renames it over the piece once the bytes
  // are on disk, so a reader or a rewrite never meets half a piece.
  async writeShard(target: ShardTarget, body: Readable, signal: AbortSignal): Promise<StoredShard> {
    const path = this.pathOf(target.key);
    const temporary = join(dirname(path), `.tmp-${randomUUID()}`);
    try {
      await mkdir(dirname(path), { recursive: true });
    } catch (error) {
      throw this.storeError(error);
    }
    try {
      // `flush` fsyncs before closing: the piece is renamed into place only once on disk.
      const out = createWriteStream(temporary, { flags: 'wx', flush: true });
      await pipeline(body, out, { signal });
      await rename(temporary, path);
      return { bytes: out.bytesWritten };
    } catch (error) {
      await rm(temporary, { force: true });
      throw this.storeError(error);
    }
  }

  async finishFile(file: FileUpload, shards: readonly StoredShard[]): Promise<FinishedFile> {
    const pieceKeys = shards.map((_, index) => pieceKey(file.key, index));
    const sizes = await Promise.all(pieceKeys.map((key) => this.size(key)));
    let size = 0;
    for (const [index, shard] of shards.entries()) {
      const stored = sizes[index];
      if (stored === undefined) {
        throw new ArtifactStoreError('missing', `Shard ${index} of ${file.key} is missing from ${this.description} (${pieceKeys[index]})`);
      }
      if (stored !== shard.bytes) {
        throw new ArtifactStoreError(
          'short',
          `Shard ${index} of ${file.key} has ${stored} bytes in ${this.description}, ${shard.bytes} were written (${pieceKeys[index]})`,
        );
      }
      size += stored;
    }
    return { size, pieceKeys };
  }

  async abandonFile(file: FileUpload): Promise<void> {
    await this.remove(this.pathOf(`${file.key}.parts`));
  }

  async size(key: string): Promise<number | undefined> {
    try {
      return (await stat(this.pathOf(key))).size;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw this.storeError(error);
    }
  }

  read(key: string, range?: ByteRange): Readable {
    return createReadStream(this.pathOf(key), range && { start: range.start, end: range.end });
  }

  async directUrl(): Promise<undefined> {
    return undefined;
  }

  async removePrefix(prefix: string): Promise<void> {
    await this.remove(join(this.root, checkedArtifactFolder(prefix)));
  }

  async close(): Promise<void> {}

  private async remove(path: string): Promise<void> {
    try {
      await rm(path, { recursive: true, force: true });
    } catch (error) {
      throw this.storeError(error);
    }
  }

  private pathOf(key: string): string {
    return join(this.root, ...checkedArtifactKey(key).split('/'));
  }

  // A full disk and an unusable folder end a job with a message naming the store; anything
  // else (an aborted write, a failing body) is passed on as it came.
  private storeError(error: unknown): unknown {
    const code = errorCode(error);
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      return new ArtifactStoreError('full', `The artifact store is full: no space left on ${this.description}`);
    }
    if (code !== undefined && error instanceof Error && 'syscall' in error) {
      return new ArtifactStoreError('unreachable', `The artifact store ${this.description} cannot be used: ${error.message}`);
    }
    return error;
  }
}

function pieceKey(fileKey: string, index: number): string {
  return `${fileKey}.parts/${String(index).padStart(5, '0')}`;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
