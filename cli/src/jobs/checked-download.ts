import { pipeline, Readable, Transform } from 'node:stream';
import { CliFailure } from '../cli-failure.js';
import { EXIT } from '../exit-codes.js';

// A job file's bytes as they arrive, counted against the Content-Length the server announced:
// a body that ends short or long fails the stream, so nothing short is taken as whole.
export interface CheckedDownload {
  body: Readable;
  // Announced size; undefined when the server sent none (the count is then all there is).
  expectedBytes?: number;
  bytes(): number;
}

export async function checkedDownload(name: string, url: string, signal: AbortSignal): Promise<CheckedDownload> {
  let response: Response;
  try {
    // identity: the bytes on the wire are the file's, so their count is its size.
    response = await fetch(url, { headers: { 'Accept-Encoding': 'identity' }, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new CliFailure(`Downloading ${name} failed: ${(error as Error).message}`, EXIT.UNAVAILABLE);
  }
  if (!response.ok || !response.body) {
    throw new CliFailure(`Downloading ${name} failed: the server answered ${response.status} ${response.statusText}`, response.status >= 500 ? EXIT.UNAVAILABLE : EXIT.JOB_FAILED);
  }
  const announced = response.headers.get('content-length');
  const expectedBytes = announced === null ? undefined : Number(announced);
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (expectedBytes !== undefined && received > expectedBytes) return done(sizeMismatch(name, expectedBytes, received, 'more'));
      done(null, chunk);
    },
    flush(done) {
      if (expectedBytes !== undefined && received !== expectedBytes) return done(sizeMismatch(name, expectedBytes, received, 'only'));
      done();
    },
  });
  const source = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>, { signal });
  // The consumer reads `counter`, which a failure of the source destroys with its error.
  pipeline(source, counter, () => undefined);
  return { body: counter, expectedBytes, bytes: () => received };
}

function sizeMismatch(name: string, expected: number, received: number, how: 'more' | 'only'): CliFailure {
  return new CliFailure(`${name} is incomplete: the server announced ${expected} bytes, ${how} ${received} arrived`, EXIT.JOB_FAILED);
}
