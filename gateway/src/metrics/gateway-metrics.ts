import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ByteBudget } from '../../../libs/memory/src/byte-budget.js';

// Prometheus metrics of the gateway. Labels never carry request content (prompts, keys).
@Injectable()
export class GatewayMetrics {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'datagen_generate_requests_total',
    help: 'Generate requests by outcome (status code; 499 for a client that went away; "aborted" for a body cut short).',
    labelNames: ['outcome', 'format'] as const,
    registers: [this.registry],
  });

  readonly records = new Counter({
    name: 'datagen_records_total',
    help: 'Records streamed to clients.',
    labelNames: ['format'] as const,
    registers: [this.registry],
  });

  readonly bytes = new Counter({
    name: 'datagen_response_bytes_total',
    help: 'Body bytes written for generate requests, before any compression.',
    registers: [this.registry],
  });

  readonly duration = new Histogram({
    name: 'datagen_generate_duration_seconds',
    help: 'Wall time of generate requests, from body parsed to last byte.',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 80, 160, 300],
    registers: [this.registry],
  });

  readonly inFlight = new Gauge({
    name: 'datagen_generate_in_flight',
    help: 'Generate requests being answered now.',
    registers: [this.registry],
  });

  readonly shardResumes = new Counter({
    name: 'datagen_shard_resumes_total',
    help: 'Shard streams opened again at their next record after breaking, by the gRPC code that broke them.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly memoryAdmissions = new Counter({
    name: 'datagen_memory_admissions_total',
    help: 'Generate requests admitted to the memory budget at once, after waiting, or not: rejected (429) or abandoned while waiting.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  // Read when metrics are collected (generate/memory-admission.ts owns it).
  private memoryBudget: ByteBudget | undefined;

  readonly memoryInFlight: Gauge = new Gauge({
    name: 'datagen_memory_in_flight_bytes',
    help: 'Bytes of the memory budget in use: shard data received and not yet written, and the reserves of admitted requests.',
    registers: [this.registry],
    collect: () => {
      this.memoryInFlight.set(this.memoryBudget?.inUse ?? 0);
    },
  });

  readonly memoryBudgetBytes: Gauge = new Gauge({
    name: 'datagen_memory_budget_bytes',
    help: 'Capacity of the memory budget (GATEWAY_MEMORY_BUDGET_BYTES).',
    registers: [this.registry],
    collect: () => {
      this.memoryBudgetBytes.set(this.memoryBudget?.capacity ?? 0);
    },
  });

  readonly memoryWaiting: Gauge = new Gauge({
    name: 'datagen_memory_waiting',
    help: 'Generate requests waiting in line for room in the memory budget.',
    registers: [this.registry],
    collect: () => {
      this.memoryWaiting.set(this.memoryBudget?.waiting ?? 0);
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'datagen_gateway_' });
  }

  observeMemoryBudget(budget: ByteBudget): void {
    this.memoryBudget = budget;
  }
}
