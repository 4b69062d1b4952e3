import S3rver, { type S3rverContext, type S3rverMiddleware } from '@20minutes/s3rver';
import S3Error from '@20minutes/s3rver/lib/models/error.js';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { MIN_MULTIPART_PART_BYTES } from '../../libs/artifacts/src/s3-artifact-store.js';

export interface TestS3Server {
  // http://127.0.0.1:<port>
  readonly endpoint: string;
  readonly bucket: string;
  // What a process needs to reach the bucket: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
  // AWS_REGION and S3_ENDPOINT (ARTIFACT_STORE is s3://<bucket>/<prefix>).
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

// s3rver's fixed account.
const ACCESS_KEY = 'S3RVER';

/**
 * An S3-compatible server (s3rver) in this process, on 127.0.0.1 and a free port, storing in a
 * temporary folder, with one empty bucket. It checks SigV4 signatures and the expiry of
 * presigned URLs like S3; requests with no signature at all it serves anonymously.
 *
 * s3rver lacks behaviours of S3 that the artifact store relies on; they are added here,
 * on its own upload folders, after its signature check has passed:
 * - AbortMultipartUpload (s3rver answers 405) and ListMultipartUploads (501);
 * - CompleteMultipartUpload's checks: InvalidPart for a listed part not stored with the listed
 *   ETag, EntityTooSmall for a part but the last below 5 MiB; s3rver assembles any parts.
 */
export async function startTestS3Server(bucket = 'datagen-test'): Promise<TestS3Server> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const uploads = join(directory, bucket, '._S3rver_uploads');
  server.middleware.splice(server.middleware.length - 1, 0, multipartGaps(bucket, uploads));
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: { AWS_ACCESS_KEY_ID: ACCESS_KEY, AWS_SECRET_ACCESS_KEY: ACCESS_KEY, AWS_REGION: 'us-east-1', S3_ENDPOINT: endpoint },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

// Wraps s3rver's router. The completion check only refuses, so it may run before s3rver's
// signature check; the other two replace s3rver's answer 405/501, given after its check passed.
function multipartGaps(bucket: string, uploads: string): S3rverMiddleware {
  return async (ctx, next) => {
    const uploadId = single(ctx.query.uploadId);
    if (ctx.method === 'POST' && uploadId !== undefined && /^[0-9a-f]+$/.test(uploadId)) await checkCompletion(ctx, join(uploads, uploadId));
    try {
      await next();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (ctx.method === 'DELETE' && uploadId !== undefined && code === 'MethodNotAllowed') return abortUpload(ctx, uploads, uploadId);
      if (ctx.method === 'GET' && 'uploads' in ctx.query && code === 'NotImplemented') return listUploads(ctx, bucket, uploads);
      throw error;
    }
  };
}

// CompleteMultipartUpload as S3 checks it: every listed part stored with the listed ETag
// (s3rver checks none, and a missing part file crashes its process), every part but the last
// at least 5 MiB. The request body is read here and handed on to s3rver unchanged.
async function checkCompletion(ctx: S3rverContext, folder: string): Promise<void> {
  const body = await buffer(ctx.req);
  ctx.req = Readable.from([body]);
  const parts = [...body.toString('utf8').matchAll(/<Part>([\s\S]*?)<\/Part>/g)].map(([, part]) => ({
    number: /<PartNumber>(\d+)<\/PartNumber>/.exec(part!)?.[1] ?? '',
    etag: (/<ETag>([\s\S]*?)<\/ETag>/.exec(part!)?.[1] ?? '').replace(/&quot;|"/g, ''),
  }));
  const sizes: number[] = [];
  for (const part of parts) {
    const stored = await readFile(join(folder, `${part.number}.md5`), 'utf8').catch(() => undefined);
    if (stored === undefined || stored !== part.etag) {
      throw new S3Error('InvalidPart', 'One or more of the specified parts could not be found or did not match its entity tag.');
    }
    sizes.push((await stat(join(folder, part.number))).size);
  }
  if (sizes.slice(0, -1).some((size) => size < MIN_MULTIPART_PART_BYTES)) {
    throw new S3Error('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.');
  }
}

async function abortUpload(ctx: S3rverContext, uploads: string, uploadId: string): Promise<void> {
  const folder = join(uploads, uploadId);
  if (!/^[0-9a-f]+$/.test(uploadId) || !(await exists(folder))) {
    throw new S3Error('NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.');
  }
  await rm(folder, { recursive: true, force: true });
  ctx.status = 204;
}

async function listUploads(ctx: S3rverContext, bucket: string, uploads: string): Promise<void> {
  const prefix = single(ctx.query.prefix) ?? '';
  const ids = (await exists(uploads)) ? await readdir(uploads) : [];
  const found = await Promise.all(ids.map(async (id) => ({ id, key: await readFile(join(uploads, id, 'key'), 'utf8').catch(() => undefined) })));
  const matching = found.filter((upload) => upload.key?.startsWith(prefix));
  ctx.body = {
    ListMultipartUploadsResult: {
      Bucket: bucket,
      Prefix: prefix,
      IsTruncated: false,
      Upload: matching.map((upload) => ({ Key: upload.key, UploadId: upload.id })),
    },
  };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
