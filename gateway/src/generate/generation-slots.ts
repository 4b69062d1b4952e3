import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../errors/api-error.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';

// Bounds how many large generations run at once: each one keeps generators busy for seconds,
// so past the bound a caller is told to come back. (What they hold in memory is bounded
// separately, by the memory budget: memory-admission.ts.)
const RETRY_AFTER_SECONDS = 15;

@Injectable()
export class GenerationSlots {
  private inUse = 0;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  // Returns the release function; throws 429 when the bound is reached.
  acquire(totalRecords: number): () => void {
    const { maxLargeGenerations, largeGenerationRecords } = this.config.limits;
    if (totalRecords < largeGenerationRecords) return () => undefined;
    if (this.inUse >= maxLargeGenerations) {
      throw new ApiError(
        429,
        {
          error: 'Rate limited',
          detail: `${maxLargeGenerations} large generations are already running; retry in ${RETRY_AFTER_SECONDS} seconds`,
        },
        { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      );
    }
    this.inUse += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inUse -= 1;
    };
  }
}
