import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Readable, Writable } from 'node:stream';
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
import { loadS3ClientConfig } from './s3-store-config.js';

// S3 refuses to complete a multipart upload when a part but the last is smaller than this:
// the coordinator sizes S3 shards by it, and the test server enforces it.
export const MIN_MULTIPART_PART_BYTES = 5 * 1024 * 1024;

// An S3-compatible bucket, below an optional prefix. A file is one object assembled from a
// multipart upload with a part per shard, so downloads are presigned GETs of a single object.
export class S3ArtifactStore implements ArtifactStore {
  readonly description: string;
  private readonly prefix: string;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    prefix: string,
  ) {
    this.prefix = prefix === '' ? '' : checkedArtifactFolder(prefix);
    this.description = `s3://${bucket}${this.prefix === '' ? '' : `/${this.prefix.slice(0, -1)}`}`;
  }

  // s3://bucket/prefix, with region, credentials and endpoint from the environment
  // (see loadS3ClientConfig).
  static fromUrl(location: URL, env: NodeJS.ProcessEnv): S3ArtifactStore {
    if (location.hostname === '') throw new Error('ARTIFACT_STORE s3:// needs a bucket, e.g. s3://my-bucket/datagen');
    const client = new S3Client(loadS3ClientConfig(env));
    if (client.config.forcePathStyle) client.middlewareStack.add(trimBucketPathSlash, { step: 'build', name: 'trimBucketPathSlash' });
    return new S3ArtifactStore(client, location.hostname, decodeURIComponent(location.pathname).replace(/^\/+/, ''));
  }

  async beginFile(key: string): Promise<FileUpload> {
    const upload = await this.send('start the upload of', key, () =>
      this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: this.objectKey(key) })),
    );
    return { key, uploadId: upload.UploadId };
  }

  shardTarget(file: FileUpload, index: number): ShardTarget {
    return file.uploadId === undefined ? { key: file.key } : { key: file.key, uploadId: file.uploadId, partNumber: index + 1 };
  }

  // S3 needs each body's length before it starts; a shard is at most tens of MB, so it is
  // read whole into memory first. A part or an object appears only once whole, so an aborted
  // or failed write leaves nothing and a rewrite replaces the old bytes.
  async writeShard(target: ShardTarget, body: Readable, signal: AbortSignal): Promise<StoredShard> {
    const bytes = await readWhole(body, signal);
    const common = { Bucket: this.bucket, Key: this.objectKey(target.key), Body: bytes, ContentLength: bytes.length };
    if (target.uploadId !== undefined) {
      const part = await this.send('write a part of', target.key, () =>
        this.client.send(new UploadPartCommand({ ...common, UploadId: target.uploadId, PartNumber: target.partNumber }), { abortSignal: signal }),
      );
      return { bytes: bytes.length, etag: part.ETag };
    }
    await this.send('write', target.key, () => this.client.send(new PutObjectCommand(common), { abortSignal: signal }));
    return { bytes: bytes.length };
  }

  async finishFile(file: FileUpload, shards: readonly StoredShard[]): Promise<FinishedFile> {
    const expected = shards.reduce((sum, shard) => sum + shard.bytes, 0);
    if (file.uploadId !== undefined) await this.completeUpload(file.key, file.uploadId, shards);
    const size = await this.size(file.key);
    if (size === undefined) throw new ArtifactStoreError('missing', `${file.key} is missing from ${this.description}`);
    if (size !== expected) {
      throw new ArtifactStoreError('short', `${file.key} has ${size} bytes in ${this.description}, ${expected} were written`);
    }
    return { size, pieceKeys: [] };
  }

  async abandonFile(file: FileUpload): Promise<void> {
    if (file.uploadId === undefined) {
      await this.send('remove', file.key, () => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(file.key) })));
      return;
    }
    await this.abortUpload(this.objectKey(file.key), file.uploadId);
  }

  async size(key: string): Promise<number | undefined> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return head.ContentLength;
    } catch (error) {
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return undefined;
      throw this.storeError('look up', key, error);
    }
  }

  read(key: string, range?: ByteRange): Readable {
    const command = new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Range: range && `bytes=${range.start}-${range.end}` });
    const request = () => this.send('read', key, () => this.client.send(command));
    // The request starts when the stream is first read, so an unread stream leaves no
    // rejection unhandled.
    return Readable.from(
      (async function* () {
        const { Body } = await request();
        if (!(Body instanceof Readable)) throw new Error(`S3 answered a read of ${key} without a body stream`);
        yield* Body;
      })(),
      { objectMode: false },
    );
  }

  async directUrl(key: string, downloadName: string, contentType: string, expiresAt: Date): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: this.objectKey(key),
      ResponseContentDisposition: `attachment; filename="${downloadName.replace(/["\\]/g, '\\$&')}"`,
      ResponseContentType: contentType,
    });
    const expiresIn = Math.max(1, Math.ceil((expiresAt.getTime() - Date.now()) / 1000));
    return getSignedUrl(this.client, command, { expiresIn });
  }

  // Unfinished uploads first: an upload completed meanwhile becomes an object, listed next.
  async removePrefix(prefix: string): Promise<void> {
    const folder = this.prefix + checkedArtifactFolder(prefix);
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    do {
      const page = await this.send('list the uploads below', prefix, () =>
        this.client.send(new ListMultipartUploadsCommand({ Bucket: this.bucket, Prefix: folder, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker })),
      );
      for (const upload of page.Uploads ?? []) {
        if (upload.Key !== undefined && upload.UploadId !== undefined) await this.abortUpload(upload.Key, upload.UploadId);
      }
      [keyMarker, uploadIdMarker] = page.IsTruncated ? [page.NextKeyMarker, page.NextUploadIdMarker] : [undefined, undefined];
    } while (keyMarker !== undefined);

    let continuationToken: string | undefined;
    do {
      const page = await this.send('list', prefix, () =>
        this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: folder, ContinuationToken: continuationToken })),
      );
      const objects = (page.Contents ?? []).flatMap((object) => (object.Key === undefined ? [] : [{ Key: object.Key }]));
      if (objects.length > 0) {
        const deleted = await this.send('remove the objects below', prefix, () =>
          this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: objects, Quiet: true } })),
        );
        const failed = deleted.Errors?.[0];
        if (failed) {
          throw new ArtifactStoreError('unreachable', `The artifact store ${this.description} did not remove ${failed.Key}: ${failed.Code} ${failed.Message}`);
        }
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken !== undefined);
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  private async completeUpload(key: string, uploadId: string, shards: readonly StoredShard[]): Promise<void> {
    const parts = shards.map((shard, index) => {
      if (shard.etag === undefined) throw new ArtifactStoreError('missing', `Part ${index + 1} of ${key} was never written to ${this.description}`);
      return { PartNumber: index + 1, ETag: shard.etag };
    });
    try {
      await this.client.send(new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key: this.objectKey(key), UploadId: uploadId, MultipartUpload: { Parts: parts } }));
    } catch (error) {
      if (!(error instanceof S3ServiceException)) throw this.storeError('finish', key, error);
      switch (error.name) {
        case 'EntityTooSmall':
          throw new ArtifactStoreError(
            'refused',
            `${this.description} refused to assemble ${key}: a part but the last is below ${MIN_MULTIPART_PART_BYTES} bytes; write the file as one shard`,
          );
        case 'InvalidPart':
        case 'InvalidPartOrder':
        case 'NoSuchUpload':
          throw new ArtifactStoreError('missing', `A part of ${key} is missing from ${this.description}: ${error.name}`);
        default:
          throw this.storeError('finish', key, error);
      }
    }
  }

  private async abortUpload(objectKey: string, uploadId: string): Promise<void> {
    try {
      await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: objectKey, UploadId: uploadId }));
    } catch (error) {
      if (error instanceof S3ServiceException && error.name === 'NoSuchUpload') return;
      throw this.storeError('give up the upload of', objectKey, error);
    }
  }

  private objectKey(key: string): string {
    return this.prefix + checkedArtifactKey(key);
  }

  // Runs one request, turning its failure into ArtifactStoreError; a cancelled request is
  // passed on as it came.
  private async send<T>(action: string, key: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw this.storeError(action, key, error);
    }
  }

  private storeError(action: string, key: string, error: unknown): unknown {
    if (error instanceof Error && error.name === 'AbortError') return error;
    if (error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound')) {
      return new ArtifactStoreError('missing', `${key} is missing from ${this.description}`);
    }
    if (error instanceof S3ServiceException) {
      return new ArtifactStoreError('unreachable', `The artifact store ${this.description} could not ${action} ${key}: ${error.name} (HTTP ${error.$metadata.httpStatusCode})`);
    }
    const reason = error instanceof Error ? [(error as { code?: string }).code, error.message].filter(Boolean).join(' ') : String(error);
    return new ArtifactStoreError('unreachable', `The artifact store ${this.description} is unreachable: ${reason}`);
  }
}

// Path-style bucket requests go out as "/bucket/?…"; some S3-compatible servers (s3rver among
// them) sign "/bucket" instead and answer SignatureDoesNotMatch. Without the slash the request
// means the same to every server, AWS included.
const trimBucketPathSlash =
  <Input extends object, Output extends object>(next: (args: { input: Input; request: unknown }) => Promise<Output>) =>
  async (args: { input: Input; request: unknown }) => {
    const request = args.request as { path?: unknown };
    if (typeof request.path === 'string' && /^\/[^/]+\/$/.test(request.path)) request.path = request.path.slice(0, -1);
    return next(args);
  };

// pipeline into a stream, unlike a loop over the body, gives up at once when the signal
// aborts, even while the body is still waiting for its source.
async function readWhole(body: Readable, signal: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const collect = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await pipeline(body, collect, { signal });
  return Buffer.concat(chunks);
}
