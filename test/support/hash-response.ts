import { createHash } from 'node:crypto';

export interface HashedResponse {
  status: number;
  bytes: number;
  // Hash of the body up to the envelope's metadata, which carries a timestamp.
  datasetsSha256: string;
  metadata: Record<string, unknown> | undefined;
}

const TAIL_BYTES = 256 * 1024;
const METADATA_MARK = '},"metadata":';

// Reads a (possibly huge) envelope without holding it, calling onBytes as it goes.
export async function hashResponse(response: Response, onBytes: (total: number) => void = () => undefined): Promise<HashedResponse> {
  const hash = createHash('sha256');
  let bytes = 0;
  const tail: Buffer[] = [];
  let tailBytes = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    tail.push(Buffer.from(value));
    tailBytes += value.byteLength;
    while (tail.length > 1 && tailBytes - tail[0].byteLength >= TAIL_BYTES) {
      const oldest = tail.shift()!;
      tailBytes -= oldest.byteLength;
      hash.update(oldest);
    }
    onBytes(bytes);
  }
  const end = Buffer.concat(tail);
  const mark = end.lastIndexOf(METADATA_MARK);
  hash.update(mark >= 0 ? end.subarray(0, mark) : end);
  const metadata =
    mark >= 0
      ? (JSON.parse(end.subarray(mark + METADATA_MARK.length, end.lastIndexOf(',"download_links"')).toString()) as Record<string, unknown>)
      : undefined;
  return { status: response.status, bytes, datasetsSha256: hash.digest('hex'), metadata };
}
