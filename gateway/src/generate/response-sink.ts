import type { Response } from 'express';

// The HTTP body as a destination that pushes back: write() waits while the socket is full, so
// the writer takes no further shard and no shard past the window is started (shards already
// started are read on as far as the memory budget allows, shard-gate.ts). write() fails once
// the client has gone. `gone` is the response's clientGoneSignal, shared with the work started
// before the body.
export class ResponseSink {
  private written = 0;

  constructor(
    private readonly response: Response,
    private readonly gone: AbortSignal,
  ) {}

  get clientGone(): boolean {
    return this.gone.aborted || this.response.destroyed;
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
    this.gone.addEventListener('abort', listener, { once: true });
  }
}

export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection');
  }
}
