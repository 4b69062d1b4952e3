import { connect, constants, type ClientHttp2Session } from 'node:http2';
import { GenerateRecordsRequest } from '../libs/proto/src/grpc-js/datagen/v1/generator_service.js';

const METHOD_PATH = '/datagen.v1.GeneratorService/GenerateRecords';
const WINDOW = 1024 * 1024;

// The cheapest client that still speaks gRPC: GenerateRecords over plain HTTP/2, one session
// per generator taken in turn (as round_robin does), the response bytes counted and dropped,
// the call failed unless its trailers say grpc-status 0. Reassembling every message, as
// grpc-js does, cost about twice the CPU, and on two cores that CPU is taken from the
// generators being measured. A session the generator retires (GOAWAY at its maximum
// connection age) is replaced by a new one for the next call.
export class GrpcSink {
  private readonly sessions: (ClientHttp2Session | undefined)[];
  private turn = 0;

  constructor(private readonly addresses: readonly string[]) {
    this.sessions = addresses.map(() => undefined);
  }

  private session(index: number): ClientHttp2Session {
    const open = this.sessions[index];
    if (open) return open;
    const session = connect(`http://${this.addresses[index]}`, { settings: { initialWindowSize: WINDOW } });
    const retire = () => {
      if (this.sessions[index] === session) this.sessions[index] = undefined;
    };
    session.on('connect', () => session.setLocalWindowSize(WINDOW * 8));
    session.on('goaway', retire);
    session.on('close', retire);
    session.on('error', retire);
    this.sessions[index] = session;
    return session;
  }

  // Resolves with the number of response bytes.
  generate(request: GenerateRecordsRequest): Promise<number> {
    const message = GenerateRecordsRequest.encode(request).finish();
    const framed = Buffer.alloc(5 + message.length);
    framed.writeUInt32BE(message.length, 1);
    framed.set(message, 5);
    const session = this.session(this.turn++ % this.sessions.length);
    return new Promise((resolve, reject) => {
      const call = session.request({
        [constants.HTTP2_HEADER_METHOD]: 'POST',
        [constants.HTTP2_HEADER_PATH]: METHOD_PATH,
        [constants.HTTP2_HEADER_CONTENT_TYPE]: 'application/grpc',
        [constants.HTTP2_HEADER_TE]: 'trailers',
      });
      let bytes = 0;
      let status: unknown;
      call.on('trailers', (trailers) => (status = trailers['grpc-status']));
      call.on('response', (headers) => (status ??= headers['grpc-status']));
      call.on('data', (chunk: Buffer) => (bytes += chunk.length));
      call.on('end', () => (status === '0' ? resolve(bytes) : reject(new Error(`GenerateRecords ended with grpc-status ${String(status)}`))));
      call.on('error', reject);
      call.end(framed);
    });
  }

  close(): void {
    for (const session of this.sessions) session?.close();
  }
}
