import { Metadata, status, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import type {
  GenerateRecordsRequest,
  GenerateRecordsResponse,
  GeneratorServiceClient,
} from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import { isServiceError } from '../../../libs/grpc/src/status-details.js';
import { apiErrorFromGrpc } from '../errors/api-error-from-grpc.js';
import { BatchStats } from '../../../libs/envelope/src/batch-stats.js';
import type { RequestMemory } from './request-memory.js';
import type { ShardGate } from './shard-gate.js';

export interface ResumePolicy {
  // How long a shard whose stream broke may go without a generator taking it over. Time, not a
  // number of tries: a generator that is restarting needs seconds whatever we count.
  waitMs: number;
  // Told each time a broken stream is opened again, with the code that broke it.
  onResume?: (code: status) => void;
}

// Codes that say "this generator could not finish", not "this request is wrong": the shard
// resumes at its last received record on whichever generator the channel picks next.
const RESUMABLE = new Set([status.UNAVAILABLE, status.INTERNAL, status.UNKNOWN, status.ABORTED]);

// Pause before each new try within one wait, doubling: short because another generator is
// usually ready at once, growing so that one failing every call at once is not hammered.
const RETRY_PAUSE_FIRST_MS = 50;
const RETRY_PAUSE_MAX_MS = 1_000;

// One shard [offset, offset+count) of a dataset, read ahead into memory as far as the memory
// budget allows (shard-gate.ts) so shards further ahead are generated in parallel while the
// writer drains the current one. Because a record is a pure function of its index, a broken
// or suspended stream resumes at the next record on another generator, byte-identical.
export class ShardFetch {
  private readonly end: number;
  private nextOffset: number;
  private readonly chunks: Uint8Array[] = [];
  private finished = false;
  private failure: unknown;
  private waiters: (() => void)[] = [];
  private call: ClientReadableStream<GenerateRecordsResponse> | undefined;
  // When the stream broke with no record received since; undefined while records flow.
  private brokenSince: number | undefined;
  private retries = 0;
  private cancelled = false;
  // Counts the shard's bytes in the memory budget until they are written (shard-gate.ts).
  private readonly gate: ShardGate;
  private suspended = false;
  readonly stats = new BatchStats();

  constructor(
    private readonly client: GeneratorServiceClient,
    private readonly request: GenerateRecordsRequest,
    private readonly deadline: Date,
    private readonly policy: ResumePolicy,
    memory: RequestMemory,
  ) {
    this.gate = memory.gate(() => this.suspend());
    this.nextOffset = request.offset;
    this.end = request.offset + request.count;
    this.open();
  }

  // The shard's bytes in order; ends when the shard is complete, throws when it cannot be.
  async *data(): AsyncGenerator<Uint8Array> {
    this.gate.startWriting();
    if (this.suspended) {
      this.suspended = false;
      this.open();
    }
    for (;;) {
      const chunk = this.chunks.shift();
      if (chunk) {
        yield chunk;
        this.gate.written(chunk.byteLength);
        continue;
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.finished) return;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  // Resolves once the shard has produced its first bytes, or rejects with its first failure.
  async started(): Promise<void> {
    while (this.chunks.length === 0 && !this.finished && this.failure === undefined) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure !== undefined) throw this.failure;
  }

  // Also ends any wait on data() or started(), so a writer blocked on this shard lets go.
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.call?.cancel();
    if (!this.finished && this.failure === undefined) this.fail(new Error('The shard was cancelled'));
    this.gate.close();
  }

  // The memory budget had no room for this shard ahead of the writer: the call stops, and
  // data() opens a new one at the next record.
  private suspend(): void {
    const call = this.call;
    this.call = undefined;
    this.suspended = true;
    call?.cancel();
  }

  private open(): void {
    const call = this.client.generateRecords(
      { ...this.request, offset: this.nextOffset, count: this.end - this.nextOffset },
      new Metadata(),
      { deadline: this.deadline, interceptors: [this.gate.interceptor] },
    );
    this.call = call;
    // A broken call can still emit events after it was replaced; only the current one counts.
    call.on('data', (batch: GenerateRecordsResponse) => call === this.call && this.accept(call, batch));
    call.on('error', (error: unknown) => call === this.call && this.broke(error));
    call.on('end', () => call === this.call && this.ended());
  }

  private accept(call: ClientReadableStream<GenerateRecordsResponse>, batch: GenerateRecordsResponse): void {
    if (this.failure !== undefined) return;
    if (batch.offset !== this.nextOffset || batch.offset + batch.count > this.end) {
      call.cancel();
      this.fail(new Error(`Generator sent records ${batch.offset}+${batch.count}, expected ${this.nextOffset} of shard ending ${this.end}`));
      return;
    }
    this.nextOffset += batch.count;
    this.brokenSince = undefined;
    this.retries = 0;
    this.stats.addBatch(batch);
    this.chunks.push(batch.data);
    this.signal();
  }

  private ended(): void {
    if (this.failure !== undefined) return;
    if (this.nextOffset === this.end) {
      this.finished = true;
      this.signal();
      return;
    }
    const details = 'stream ended early';
    this.broke(Object.assign(new Error(details), { code: status.UNAVAILABLE, details, metadata: new Metadata() }));
  }

  private broke(error: unknown): void {
    if (this.cancelled || this.failure !== undefined || this.finished) return;
    this.call = undefined;
    if (!isServiceError(error) || !RESUMABLE.has(error.code)) {
      this.fail(isServiceError(error) ? apiErrorFromGrpc(error, 'generator') : error);
      return;
    }
    this.brokenSince ??= Date.now();
    const giveUpAt = new Date(Math.min(this.brokenSince + this.policy.waitMs, this.deadline.getTime()));
    if (Date.now() >= giveUpAt.getTime()) {
      this.giveUp(error, 'generators kept failing it');
      return;
    }
    const pause = Math.min(RETRY_PAUSE_FIRST_MS * 2 ** this.retries, RETRY_PAUSE_MAX_MS);
    this.retries += 1;
    setTimeout(() => this.resumeWhenReady(error, giveUpAt), pause);
  }

  // The channel reports READY once some generator is connected. A call made while none is
  // fails at once, and one made with waitForReady would wait until the request's deadline, so
  // the wait is bounded here.
  private resumeWhenReady(cause: ServiceError, giveUpAt: Date): void {
    if (this.cancelled) return;
    this.client.waitForReady(giveUpAt, (notReady) => {
      if (this.cancelled || this.failure !== undefined) return;
      if (notReady) {
        this.giveUp(cause, 'no generator was ready to take it');
        return;
      }
      this.policy.onResume?.(cause.code);
      this.open();
    });
  }

  // The client sees the generator's failure; the log (through the error's cause) sees which
  // shard stopped, for how long it waited, and why.
  private giveUp(last: ServiceError, why: string): void {
    const waitedMs = Date.now() - (this.brokenSince ?? Date.now());
    const reason =
      `${this.request.dataset} records ${this.nextOffset}-${this.end - 1} could not be resumed: ${why} ` +
      `within ${waitedMs} ms of its stream breaking (last error ${status[last.code]}: ${last.details})`;
    this.fail(Object.assign(apiErrorFromGrpc(last, 'generator'), { cause: new Error(reason) }));
  }

  private fail(error: unknown): void {
    this.failure = error;
    this.signal();
  }

  private signal(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
