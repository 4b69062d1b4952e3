import { Controller, Inject, Logger } from '@nestjs/common';
import { status, type Metadata, type ServerUnaryCall, type ServerWritableStream } from '@grpc/grpc-js';
import { Observable } from 'rxjs';
import {
  type GenerateRecordsRequest,
  type GenerateRecordsResponse,
  type GeneratorServiceController,
  GeneratorServiceControllerMethods,
  type WriteShardRequest,
  type WriteShardResponse,
} from '../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { artifactFailureReason, artifactFailureTitle } from '../../../libs/artifacts/src/artifact-failure-reason.js';
import { ArtifactStoreError, type ArtifactStore } from '../../../libs/artifacts/src/artifact-store.js';
import { rpcError } from '../../../libs/grpc/src/status-details.js';
import { ByteBudget } from '../../../libs/memory/src/byte-budget.js';
import { SLICE_MS } from './engine/event-loop-slice.js';
import { openRecordStream, PlanError, type EncodedBatch } from './engine/record-stream.js';
import { GENERATOR_CONFIG, type GeneratorConfig } from './generator.config.js';
import { ARTIFACT_STORE } from './shards/artifact-store.token.js';
import { writeShard } from './shards/shard-writer.js';
import { BufferPool } from './transport/buffer-pool.js';
import { writeResponse } from './transport/response-writer.js';
import { StreamAllowance } from './transport/stream-allowance.js';

const logger = new Logger('GeneratorService');

// Enough for the messages a few streams hand back at once (a call queues up to 16 batches,
// ~100 KB each at the default batch size).
const POOLED_MESSAGE_BYTES = 16 * 1024 * 1024;

@Controller()
@GeneratorServiceControllerMethods()
export class GeneratorController implements GeneratorServiceController {
  private readonly messages = new BufferPool(POOLED_MESSAGE_BYTES);
  // Bytes encoded but not yet flushed to HTTP/2, across every stream.
  private readonly memory: ByteBudget;

  constructor(
    @Inject(GENERATOR_CONFIG) private readonly config: GeneratorConfig,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
  ) {
    this.memory = new ByteBudget(config.memoryBudgetBytes);
  }

  // Writes to the raw call and waits for 'drain' when it is full: NestJS's Observable path
  // does not pause a producer, so a slow client would otherwise pile the stream up in memory.
  // Before each message it also waits for room in the budget every stream shares.
  // The Observable itself only signals the end (NestJS then ends the call) or an error. The
  // call takes messages already framed for the wire (transport/pre-encoded-responses.ts).
  generateRecords(
    request: GenerateRecordsRequest,
    _metadata?: Metadata,
    call?: ServerWritableStream<GenerateRecordsRequest, Buffer>,
  ): Observable<GenerateRecordsResponse> {
    return new Observable<GenerateRecordsResponse>((subscriber) => {
      if (!call) {
        subscriber.error(rpcError(status.INTERNAL, { error: 'Internal error', detail: 'gRPC call is missing' }));
        return;
      }
      const plan = request.plan;
      if (!plan) {
        subscriber.error(rpcError(status.INVALID_ARGUMENT, { error: 'Invalid plan', detail: 'The request carries no plan' }));
        return;
      }
      let batches: Iterator<EncodedBatch>;
      try {
        batches = openRecordStream({
          plan,
          dataset: request.dataset,
          offset: request.offset,
          count: request.count,
          format: request.format,
          sqlDialect: request.sqlDialect,
          embedding: request.embedding,
          batchSize: request.batchSize || this.config.batchSize,
          content: request.content,
          defectRates: request.defectRates,
          outputEnd: request.outputEnd,
          sqlOptions: request.sqlOptions,
        });
      } catch (error) {
        subscriber.error(toRpcError(error));
        return;
      }

      let stopped = false;
      let timer: NodeJS.Immediate | undefined;
      const allowance = new StreamAllowance(this.memory);
      // After the last write's flush, or at once when the call is cancelled or fails.
      call.once('close', () => allowance.close());
      const pump = (): void => {
        timer = undefined;
        const sliceEnd = performance.now() + SLICE_MS;
        try {
          while (!stopped) {
            if (!allowance.mayProduce()) {
              allowance.waitForRoom().then(pump, () => undefined);
              return;
            }
            const next = batches.next();
            if (next.done) {
              subscriber.complete();
              return;
            }
            const { buffer, frame } = writeResponse(next.value, this.messages);
            const bytes = frame.length;
            allowance.produced(bytes);
            const sent = () => {
              allowance.flushed(bytes);
              this.messages.release(buffer);
            };
            if (!call.write(frame, sent)) {
              call.once('drain', pump);
              return;
            }
            if (performance.now() > sliceEnd) {
              timer = setImmediate(pump);
              return;
            }
          }
        } catch (error) {
          subscriber.error(toRpcError(error));
        }
      };
      pump();
      return () => {
        stopped = true;
        call.off('drain', pump);
        if (timer) clearImmediate(timer);
      };
    });
  }

  // The shard's bytes go from the engine to the store through streams that push back, so its
  // memory stays at a batch or two whatever its size, outside the budget of GenerateRecords's
  // unsent messages. A cancelled call (the job cancelled, its coordinator gone) stops the
  // engine at its next batch and the store removes what it had written.
  async writeShard(request: WriteShardRequest, _metadata?: Metadata, call?: ServerUnaryCall<WriteShardRequest, WriteShardResponse>): Promise<WriteShardResponse> {
    const cancellation = new AbortController();
    const cancel = () => cancellation.abort(new Error('The WriteShard call was cancelled'));
    call?.once('cancelled', cancel);
    if (call?.cancelled) cancel();
    try {
      return await writeShard(this.store, request, this.config.batchSize, cancellation.signal);
    } catch (error) {
      // Nobody reads the answer to a cancelled call; the store has already cleaned up.
      if (cancellation.signal.aborted) throw rpcError(status.CANCELLED, { error: 'Request cancelled', detail: 'The WriteShard call was cancelled' });
      throw toRpcError(error);
    } finally {
      call?.off('cancelled', cancel);
    }
  }
}

const PLAN_SUGGESTION = 'Correct the fields the issues name, or start again from the plan POST /api/plan returns';

function toRpcError(error: unknown) {
  if (error instanceof PlanError) {
    return rpcError(status.INVALID_ARGUMENT, {
      error: 'Invalid plan',
      detail: error.message,
      violation: { issues: [...error.problems], suggestions: [PLAN_SUGGESTION] },
    });
  }
  if (error instanceof ArtifactStoreError) {
    return rpcError(status.FAILED_PRECONDITION, {
      error: artifactFailureTitle(error.failure),
      reason: artifactFailureReason(error.failure),
      detail: error.message,
    });
  }
  logger.error('record generation failed', error instanceof Error ? error.stack : String(error));
  return rpcError(status.INTERNAL, { error: 'Internal error', detail: 'Record generation failed' });
}
