import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileArtifactStore } from '../../libs/artifacts/src/file-artifact-store.js';
import { downloadLink, DownloadLinkSigner } from '../../libs/jobs/src/download-links.js';
import type { JobFile } from '../../libs/proto/src/grpc-js/datagen/v1/job_service.js';
import { SealingKey } from '../../libs/sealing/src/sealed-secret.js';
import { createGatewayApp } from '../../gateway/src/gateway-app.js';
import { loadGatewayConfig } from '../../gateway/src/gateway.config.js';
import { freePort } from '../../scripts/free-port.js';

// The gateway, in this process, serving files a real FileArtifactStore holds in a temporary
// folder, at links signed as GET /api/jobs/{id} signs them. API tokens are on, to show that a
// download needs its signature and nothing else.
const SECRET = SealingKey.generate();
const TOKEN = 'download-test-token';
const CSV = randomCsv(300_000);

let folder: string;
let store: FileArtifactStore;
let app: INestApplication;
let baseUrl: string;
let signer: DownloadLinkSigner;

beforeAll(async () => {
  process.env.LOG_LEVEL ??= 'warn';
  folder = await mkdtemp(join(tmpdir(), 'datagen-downloads-'));
  store = new FileArtifactStore(folder);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const config = loadGatewayConfig({
    PORT: String(port),
    SEALING_KEY: SealingKey.generate(),
    DOWNLOAD_LINK_SECRET: SECRET,
    ARTIFACT_STORE: `file:${folder}`,
    API_TOKENS: TOKEN,
  });
  signer = new DownloadLinkSigner(config.downloadLinks);
  app = await createGatewayApp(config);
  await app.listen(port, '127.0.0.1');
  await write('jobs/j1/orders.csv', CSV);
  await write('jobs/j1/orders.defects.ndjson.gz', Buffer.from('not really gzip, served as stored'));
  await write('jobs/j1/orders/part-00000.parquet', Buffer.from('PAR1…PAR1'));
});

afterAll(async () => {
  await app?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

function randomCsv(bytes: number): Buffer {
  const lines = ['id,code'];
  for (let id = 1; lines.join('\n').length < bytes; id++) lines.push(`${id},${randomBytes(12).toString('hex')}`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function write(key: string, bytes: Buffer): Promise<void> {
  await store.writeShard({ key }, Readable.from([bytes]), new AbortController().signal);
}

function jobFile(key: string): JobFile {
  const fileName = key.split('/').pop()!;
  return { name: fileName, artifactKey: key, size: 0, contentType: '', fileName, pieceKeys: [] };
}

function link(key: string): Promise<string> {
  return downloadLink(jobFile(key), store, signer);
}

async function bytesOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe('GET /downloads/<key> at a signed link', () => {
  it('serves the whole file as stored, with its length, type, name and Range support, without a token', async () => {
    const url = await link('jobs/j1/orders.csv');
    expect(url.startsWith(`${baseUrl}/downloads/jobs/j1/orders.csv?expires=`)).toBe(true);
    // fetch offers gzip: the file must still come as stored, so its length and ranges hold.
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv');
    expect(response.headers.get('content-length')).toBe(String(CSV.length));
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=orders.csv');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect((await bytesOf(response)).equals(CSV)).toBe(true);
  });

  it('names the type of each kind of job file', async () => {
    for (const [key, type] of [
      ['jobs/j1/orders.defects.ndjson.gz', 'application/gzip'],
      ['jobs/j1/orders/part-00000.parquet', 'application/vnd.apache.parquet'],
    ]) {
      const response = await fetch(await link(key));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename=${key.split('/').pop()}`);
      await response.arrayBuffer();
    }
  });

  it('serves one range as 206 with its Content-Range, including a suffix range', async () => {
    const url = await link('jobs/j1/orders.csv');
    const middle = await fetch(url, { headers: { Range: 'bytes=1000-1999' } });
    expect(middle.status).toBe(206);
    expect(middle.headers.get('content-range')).toBe(`bytes 1000-1999/${CSV.length}`);
    expect(middle.headers.get('content-length')).toBe('1000');
    expect((await bytesOf(middle)).equals(CSV.subarray(1000, 2000))).toBe(true);

    const tail = await fetch(url, { headers: { Range: 'bytes=-500' } });
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe(`bytes ${CSV.length - 500}-${CSV.length - 1}/${CSV.length}`);
    expect((await bytesOf(tail)).equals(CSV.subarray(CSV.length - 500))).toBe(true);
  });

  it('resumes a download cut short where it stopped, to the same bytes', async () => {
    const url = await link('jobs/j1/orders.csv');
    const received = await firstBytesThenHangUp(url, 100_000);
    expect(received.length).toBeGreaterThanOrEqual(100_000);
    expect(received.length).toBeLessThan(CSV.length);
    const rest = await fetch(url, { headers: { Range: `bytes=${received.length}-` } });
    expect(rest.status).toBe(206);
    expect(Buffer.concat([received, await bytesOf(rest)]).equals(CSV)).toBe(true);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await fetch(await link('jobs/j1/orders.csv'), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(CSV.length));
    expect((await bytesOf(response)).length).toBe(0);
  });

  it('answers 416 to a range wholly past the end, and the whole file to one it cannot read', async () => {
    const url = await link('jobs/j1/orders.csv');
    const past = await fetch(url, { headers: { Range: `bytes=${CSV.length}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${CSV.length}`);
    expect(await past.json()).toEqual({ error: 'Range not satisfiable', detail: `The file has ${CSV.length} bytes` });
    const malformed = await fetch(url, { headers: { Range: 'bytes=oops' } });
    expect(malformed.status).toBe(200);
    expect((await bytesOf(malformed)).equals(CSV)).toBe(true);
  });

  it('serves the whole file when If-Range names another version, the range when it names this one', async () => {
    const url = await link('jobs/j1/orders.csv');
    const etag = (await fetch(url, { method: 'HEAD' })).headers.get('etag')!;
    const stale = await fetch(url, { headers: { Range: 'bytes=0-9', 'If-Range': '"another"' } });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
    const current = await fetch(url, { headers: { Range: 'bytes=0-9', 'If-Range': etag } });
    expect(current.status).toBe(206);
    expect((await bytesOf(current)).equals(CSV.subarray(0, 10))).toBe(true);
  });

  it('refuses a link whose key, expiry or signature was changed with 403', async () => {
    const url = new URL(await link('jobs/j1/orders.csv'));
    const otherKey = new URL(url);
    otherKey.pathname = '/downloads/jobs/j1/orders.defects.ndjson.gz';
    const laterExpiry = new URL(url);
    laterExpiry.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 86_400));
    const otherSignature = new URL(url);
    otherSignature.searchParams.set('signature', 'f'.repeat(64));
    const unsigned = new URL(url);
    unsigned.search = '';
    for (const tampered of [otherKey, laterExpiry, otherSignature, unsigned]) {
      const response = await fetch(tampered);
      expect(response.status, tampered.href).toBe(403);
      expect(await response.json()).toEqual({ error: 'Forbidden', detail: 'This download link is not valid' });
    }
  });

  it('refuses an expired link with 403', async () => {
    const response = await fetch(signer.url('jobs/j1/orders.csv', new Date(Date.now() - 1000)));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Forbidden', detail: 'This download link has expired; GET the job again for a fresh one' });
  });

  it('answers 404 once the file is gone (a cancelled or expired job)', async () => {
    await write('jobs/j2/orders.csv', CSV.subarray(0, 100));
    const url = await link('jobs/j2/orders.csv');
    expect((await fetch(url)).status).toBe(200);
    await store.removePrefix('jobs/j2/');
    const response = await fetch(url);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Not found', detail: 'This file is gone: its job was cancelled or has expired' });
  });

  it('still asks for the token on /api routes while downloads go without', async () => {
    const response = await fetch(`${baseUrl}/api/jobs/j1`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });
});

// Reads a download until at least `bytes` have come, then drops the connection, as a client
// whose network fails does.
function firstBytesThenHangUp(url: string, bytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const request = httpRequest(url, (response) => {
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        received += chunk.length;
        if (received >= bytes) {
          request.destroy();
          resolve(Buffer.concat(chunks));
        }
      });
      response.on('error', () => undefined);
      response.on('end', () => reject(new Error('The whole file came before the hang-up')));
    });
    request.on('error', (error) => (received >= bytes ? undefined : reject(error)));
    request.end();
  });
}
