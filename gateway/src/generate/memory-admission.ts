import { Inject, Injectable } from '@nestjs/common';
import { FLOW_CONTROL_WINDOW_BYTES } from '../../../libs/grpc/src/channel-options.js';
import { BudgetWaitTimeout, ByteBudget } from '../../../libs/memory/src/byte-budget.js';
import { ApiError } from '../errors/api-error.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';
import { COMPRESSION_BUFFER_BYTES } from '../http/response-compression.js';
import { GatewayMetrics } from '../metrics/gateway-metrics.js';
import { RequestMemory, reserveBytes, type RequestReserve } from './request-memory.js';

// Kept for the shard a response is writing out: several generator messages (~100 KB each at
// the default batch size), what its call holds while it waits at the gate (up to its HTTP/2
// window, received but not yet read), and zlib's input and output when the response is
// compressed.
const RESERVE: RequestReserve = { data: 1024 * 1024, transport: FLOW_CONTROL_WINDOW_BYTES, compression: 2 * COMPRESSION_BUFFER_BYTES };

// The budget an admitted generation takes before its response starts.
export const GENERATION_RESERVE_BYTES = reserveBytes(RESERVE);

// The gateway's one memory budget: bytes of shard data received from generators and not yet
// written to clients, across every request. A generation is admitted before its response
// starts by taking its reserve; when there is no room it waits in line, and a wait that would
// pass GATEWAY_MEMORY_WAIT_MS or the request's deadline is answered 429 with Retry-After.
// Once admitted, a response is never refused: the budget only slows its generators down.
@Injectable()
export class MemoryAdmission {
  private readonly budget: ByteBudget;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly metrics: GatewayMetrics,
  ) {
    this.budget = new ByteBudget(config.memory.budgetBytes);
    metrics.observeMemoryBudget(this.budget);
  }

  // `gone` ends the wait when the client leaves.
  async admit(deadline: Date, gone: AbortSignal): Promise<RequestMemory> {
    const reserve = GENERATION_RESERVE_BYTES;
    if (this.budget.tryAcquire(reserve)) {
      this.metrics.memoryAdmissions.inc({ outcome: 'immediate' });
      return new RequestMemory(this.budget, RESERVE);
    }
    const { waitMs } = this.config.memory;
    try {
      await this.budget.acquire(reserve, { deadline: Math.min(deadline.getTime(), Date.now() + waitMs), signal: gone });
    } catch (error) {
      if (!(error instanceof BudgetWaitTimeout)) {
        this.metrics.memoryAdmissions.inc({ outcome: 'abandoned' });
        throw new ApiError(499, { error: 'Request cancelled', detail: 'The client closed the connection while the request waited' });
      }
      this.metrics.memoryAdmissions.inc({ outcome: 'rejected' });
      const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
      throw new ApiError(
        429,
        {
          error: 'Rate limited',
          detail: `The gateway is streaming as much as its memory allows; retry in ${retryAfter} second${retryAfter === 1 ? '' : 's'}`,
        },
        { 'Retry-After': String(retryAfter) },
      );
    }
    this.metrics.memoryAdmissions.inc({ outcome: 'waited' });
    return new RequestMemory(this.budget, RESERVE);
  }
}
