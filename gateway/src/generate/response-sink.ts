import type { Response } from 'express';

// The HTTP body as a destination that pushes back: write() waits while the socket is full,
// so whoever feeds it (a gRPC stream) stops reading, and fails once the client has gone.
export class ResponseSink {
  private gone = false;
  private written = 0;

  constructor(private readonly response: Response) {
    response.once('close', () => {
      this.gone = !response.writableFinished;
    });
  }

  get clientGone(): boolean {
    return this.gone || this.response.destroyed;
  }

  get bytesWritten(): number {
    return this.written;
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.clientGone) throw new ClientGoneError();
    this.written += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    if (this.response.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        this.response.off('close', onClose);
        resolve();
      };
      const onClose = () => {
        this.response.off('drain', onDrain);
        reject(new ClientGoneError());
      };
      this.response.once('drain', onDrain);
      this.response.once('close', onClose);
    });
  }

  onClientGone(listener: () => void): void {
    this.response.once('close', () => {
      if (!this.response.writableFinished) listener();
    });
  }
}

export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection');
  }
}
