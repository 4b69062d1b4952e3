import {
  Content,
  type Embedding,
  type GeneratorServiceClient,
  type OutputFormat,
  type SqlDialect,
  type SqlOptions,
} from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { DefectRateOverrides } from '../../../libs/reality/src/defect-rate-overrides.js';
import { BatchStats } from '../../../libs/envelope/src/batch-stats.js';
import type { RequestMemory } from './request-memory.js';
import { ShardFetch, type ResumePolicy } from './shard-fetch.js';

export interface ShardingOptions {
  shardSize: number;
  // Shards generated at once across datasets, the one being written included; what they may
  // hold is bounded by the memory budget (request-memory.ts).
  window: number;
  resume: ResumePolicy;
}

export interface EncodingOptions {
  format: OutputFormat;
  sqlDialect: SqlDialect;
  // Unset outside SQL output.
  sqlOptions?: SqlOptions;
  embedding: Embedding;
}

export interface GenerationScope {
  // What each call streams: the records, or the defect manifest of the same range.
  content: Content;
  // Indexes of the datasets to cover, in output order.
  datasets: readonly number[];
  // The records of each dataset (by index) to cover, from its first: its size but in a preview.
  records: readonly number[];
}

interface Slot {
  dataset: number;
  offset: number;
  count: number;
  fetch?: ShardFetch;
}

// All shards of all datasets of one request, in output order. Up to `window` of them are
// generated at once over the generator pool (the channel balances calls round-robin); the
// writer drains them strictly in order, so the bytes are the same whatever the pool size or
// shard size.
export class ShardedGeneration {
  private readonly slots: Slot[] = [];
  private readonly stats: BatchStats[];
  private cursor = 0;
  private cancelled = false;

  constructor(
    private readonly client: GeneratorServiceClient,
    private readonly plan: Plan,
    // The request's defect_rates: with the plan, what the records are.
    private readonly defectRates: DefectRateOverrides,
    private readonly encoding: EncodingOptions,
    private readonly deadline: Date,
    private readonly options: ShardingOptions,
    private readonly memory: RequestMemory,
    private readonly scope: GenerationScope,
  ) {
    for (const index of scope.datasets) {
      const records = scope.records[index];
      let offset = 0;
      do {
        this.slots.push({ dataset: index, offset, count: Math.min(options.shardSize, records - offset) });
        offset += options.shardSize;
      } while (offset < records);
    }
    this.stats = plan.datasets.map(() => new BatchStats());
  }

  // Starts the first shard of every dataset and waits for their first bytes: a dataset the
  // generator refuses, or a generator pool that stays down for the resume wait, fails here,
  // before any byte is sent.
  async start(): Promise<void> {
    const firsts = this.slots.filter((slot) => slot.offset === 0).map((slot) => this.launch(slot));
    this.fillWindow();
    await Promise.all(firsts.map((fetch) => fetch.started()));
  }

  // What the generators reported for a dataset's shards so far.
  datasetStats(dataset: number): BatchStats {
    return this.stats[dataset];
  }

  async *datasetData(dataset: number): AsyncGenerator<Uint8Array> {
    while (this.cursor < this.slots.length && this.slots[this.cursor].dataset === dataset) {
      const slot = this.slots[this.cursor];
      const fetch = slot.fetch ?? this.launch(slot);
      yield* fetch.data();
      this.stats[dataset].add(fetch.stats);
      slot.fetch = undefined;
      this.cursor += 1;
      this.fillWindow();
    }
  }

  cancel(): void {
    this.cancelled = true;
    for (const slot of this.slots) slot.fetch?.cancel();
  }

  private fillWindow(): void {
    let inFlight = this.slots.filter((slot) => slot.fetch).length;
    for (let index = this.cursor; index < this.slots.length && inFlight < this.options.window; index++) {
      if (this.slots[index].fetch) continue;
      this.launch(this.slots[index]);
      inFlight += 1;
    }
  }

  private launch(slot: Slot): ShardFetch {
    if (this.cancelled) throw new Error('generation was cancelled');
    slot.fetch = new ShardFetch(
      this.client,
      {
        plan: this.plan,
        dataset: this.plan.datasets[slot.dataset].name,
        offset: slot.offset,
        count: slot.count,
        ...this.encoding,
        batchSize: 0,
        content: this.scope.content,
        defectRates: this.defectRates,
        outputEnd: this.scope.records[slot.dataset],
      },
      this.deadline,
      this.options.resume,
      this.memory,
    );
    return slot.fetch;
  }
}
