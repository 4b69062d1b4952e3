import type { Readable } from 'node:stream';

// Where a job's files live: a local folder (the embedded default) or an S3-compatible bucket.
// Generators write shards into it, the coordinator assembles and checks files, the gateway
// serves or presigns downloads. Every process builds its own from ARTIFACT_STORE.

// One shard's destination: a whole object at `key`, or a numbered part of the multipart
// upload `uploadId` of the file at `key`.
export interface ShardTarget {
  readonly key: string;
  readonly uploadId?: string;
  readonly partNumber?: number;
}

export interface StoredShard {
  // Bytes stored (after compression).
  readonly bytes: number;
  // The part's entity tag, for a multipart upload; undefined otherwise.
  readonly etag?: string;
}

// A file being assembled from shards written in parallel.
export interface FileUpload {
  readonly key: string;
  // Set by a store that assembles files from numbered parts (S3).
  readonly uploadId?: string;
}

// A finished file: its size, checked against the store, and the pieces a store that keeps
// files as pieces serves in order (empty when the file is one object).
export interface FinishedFile {
  readonly size: number;
  readonly pieceKeys: readonly string[];
}

export interface ByteRange {
  // Inclusive bounds, as HTTP Range has them.
  readonly start: number;
  readonly end: number;
}

export type ArtifactFailure = 'full' | 'unreachable' | 'missing' | 'short' | 'refused';

// A store problem a job ends on, in words a user can act on. `failure` tells the full disk
// and the unreachable store apart from a missing or short object.
export class ArtifactStoreError extends Error {
  constructor(
    readonly failure: ArtifactFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ArtifactStoreError';
  }
}

export interface ArtifactStore {
  // For logs and errors: "file:/abs/path" or "s3://bucket/prefix", never credentials.
  readonly description: string;

  // Starts a file whose shards are written in parallel.
  beginFile(key: string): Promise<FileUpload>;
  // Where shard `index` (0-based) of the file goes.
  shardTarget(file: FileUpload, index: number): ShardTarget;
  // Writes a shard's bytes; the object at the target appears only once whole, so a shard
  // rewritten after a crash or a retry replaces the old one safely. Stops, leaving nothing,
  // when `signal` aborts.
  writeShard(target: ShardTarget, body: Readable, signal: AbortSignal): Promise<StoredShard>;
  // Assembles the file from its shards (in order) and checks its size against theirs: a
  // missing or short shard throws ArtifactStoreError, never a file presented as whole.
  finishFile(file: FileUpload, shards: readonly StoredShard[]): Promise<FinishedFile>;
  // Gives up a file that will not be finished (an S3 multipart upload is aborted).
  abandonFile(file: FileUpload): Promise<void>;

  // Size of an object or of a finished file (however the store keeps it), undefined when it
  // is absent.
  size(key: string): Promise<number | undefined>;
  // Reads an object or a finished file, or the bytes `range` of it.
  read(key: string, range?: ByteRange): Readable;
  // A URL the client downloads from directly (S3: presigned GET with the download name);
  // undefined when the gateway serves the store's files itself.
  directUrl(key: string, downloadName: string, contentType: string, expiresAt: Date): Promise<string | undefined>;
  // Removes every object below the prefix (a job's folder).
  removePrefix(prefix: string): Promise<void>;
  close(): Promise<void>;
}
