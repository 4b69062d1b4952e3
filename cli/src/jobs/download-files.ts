import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CliFailure } from '../cli-failure.js';
import { EXIT } from '../exit-codes.js';
import { checkedDownload } from './checked-download.js';

export interface DownloadedFile {
  // Relative to the output folder.
  path: string;
  bytes: number;
  sha256: string;
}

// Suffix of a file still arriving; renamed away once its bytes are all there and counted.
const PARTIAL_SUFFIX = '.partial';

// Streams every file of a job to `folder`, one after the other: `orders.csv.gz` as the link
// names the stored file, a Parquet part under its dataset's folder. A file appears under its
// own name only once it is whole.
export async function downloadFiles(links: Record<string, string>, folder: string, signal: AbortSignal, onFile: (file: DownloadedFile) => void): Promise<DownloadedFile[]> {
  const files: DownloadedFile[] = [];
  for (const [key, url] of Object.entries(links)) {
    const path = localPath(key, url);
    const target = resolve(folder, path);
    if (relative(resolve(folder), target).startsWith('..')) throw new CliFailure(`The job names a file outside the output folder: ${key}`, EXIT.FAILURE);
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}${PARTIAL_SUFFIX}`;
    const hash = createHash('sha256');
    try {
      const download = await checkedDownload(path, url, signal);
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(download.body, hashing, createWriteStream(partial), { signal });
      await rename(partial, target);
      const file = { path: path.split(sep).join('/'), bytes: download.bytes(), sha256: hash.digest('hex') };
      files.push(file);
      onFile(file);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }
  return files;
}

// The name the link's stored file has ("orders.csv.gz"), inside the key's folder if it has one.
function localPath(key: string, url: string): string {
  const stored = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  const folder = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '';
  const name = stored === '' ? key.slice(key.lastIndexOf('/') + 1) : stored;
  return folder === '' ? name : join(folder, name);
}
