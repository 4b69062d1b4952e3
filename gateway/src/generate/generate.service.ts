import { Inject, Injectable, Logger } from '@nestjs/common';
import { status } from '@grpc/grpc-js';
import type { Request, Response } from 'express';
import { Content, Embedding, OutputFormat, SqlDialect } from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { DefectRateOverrides } from '../../../libs/reality/src/defect-rate-overrides.js';
import { ApiError } from '../errors/api-error.js';
import { clientGoneSignal } from '../http/client-gone-signal.js';
import { PlanRequests } from '../plans/plan-requests.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';
import { UpstreamClients } from '../grpc/upstream-clients.js';
import { GatewayMetrics } from '../metrics/gateway-metrics.js';
import { negotiateBody } from './body-negotiation.js';
import type { BodyWriter } from './body-writer.js';
import { outputOptions } from './output-options.js';
import type { GenerateRequestDto } from '../request/generate-request.dto.js';
import { GenerationSlots } from './generation-slots.js';
import { MemoryAdmission } from './memory-admission.js';
import type { RequestMemory } from './request-memory.js';
import { answeredPlan } from './answered-plan.js';
import { ResponseSink } from './response-sink.js';
import { ShardedGeneration, type ShardingOptions } from './sharded-generation.js';

// The outcome of a response whose client left before its end, as nginx and our CANCELLED
// mapping count it.
const CLIENT_WENT_AWAY = '499';

@Injectable()
export class GenerateService {
  private readonly logger = new Logger(GenerateService.name);
  private readonly sharding: ShardingOptions;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly clients: UpstreamClients,
    private readonly plans: PlanRequests,
    private readonly metrics: GatewayMetrics,
    private readonly slots: GenerationSlots,
    private readonly admission: MemoryAdmission,
  ) {
    const onResume = (code: status) => metrics.shardResumes.inc({ code: status[code] });
    this.sharding = { ...config.sharding, resume: { ...config.sharding.resume, onResume } };
  }

  async generate(request: GenerateRequestDto, httpRequest: Request, response: Response): Promise<void> {
    const format = outputOptions(request).name;
    const stopTimer = this.metrics.duration.startTimer();
    this.metrics.inFlight.inc();
    let outcome = 'aborted';
    try {
      const deadline = new Date(Date.now() + this.config.requestTimeoutMs);
      const gone = clientGoneSignal(response);
      const plan = await this.plans.plan(request, deadline, gone);
      const answered = answeredPlan(plan, request.preview_records);
      // A body the Accept header cannot take is refused before the request waits for anything.
      const sink = new ResponseSink(response, gone);
      const body = negotiateBody(httpRequest, request, answered, sink, new Date());
      const release = this.slots.acquire(answered.datasets.reduce((sum, dataset) => sum + dataset.size, 0));
      try {
        const memory = await this.admission.admit(deadline, gone);
        try {
          await this.stream(plan, answered, request, response, deadline, sink, body, memory);
          outcome = sink.clientGone ? CLIENT_WENT_AWAY : String(response.statusCode);
        } finally {
          memory.release();
        }
      } finally {
        release();
      }
    } catch (error) {
      // Once the body has started, an error cuts it short: the client never sees its status.
      if (error instanceof ApiError && !response.headersSent) outcome = String(error.status);
      throw error;
    } finally {
      this.metrics.inFlight.dec();
      this.metrics.requests.inc({ outcome, format });
      stopTimer();
    }
  }

  private async stream(
    plan: Plan,
    answered: Plan,
    request: GenerateRequestDto,
    response: Response,
    deadline: Date,
    sink: ResponseSink,
    body: BodyWriter,
    memory: RequestMemory,
  ): Promise<void> {
    const defectRates = request.defect_rates ?? {};
    const records = answered.datasets.map((dataset) => dataset.size);
    const generation = new ShardedGeneration(this.clients.generator, plan, defectRates, body.encoding, deadline, this.sharding, memory, {
      content: Content.CONTENT_RECORDS,
      datasets: [...plan.datasets.keys()],
      records,
    });
    const manifests: ShardedGeneration[] = [];
    sink.onClientGone(() => [generation, ...manifests].forEach((running) => running.cancel()));
    try {
      await generation.start();
      response.status(200).type(body.contentType).set({ 'X-DataGen-Seed': String(plan.seed), 'X-DataGen-Planner': plan.planner });
      await body.writeHead();
      for (const index of plan.datasets.keys()) {
        await body.writeDatasetHead(index);
        for await (const data of generation.datasetData(index)) await sink.write(data);
        const stats = generation.datasetStats(index);
        const manifest = request.include_defects ? this.manifest(plan, records, defectRates, index, deadline, memory) : undefined;
        if (manifest) manifests.push(manifest);
        await body.writeDatasetTail(index, stats, manifest && this.manifestLines(manifest, index));
        this.metrics.records.inc({ format: outputOptions(request).name }, stats.records);
      }
      await body.writeTail();
      response.end();
    } catch (error) {
      [generation, ...manifests].forEach((running) => running.cancel());
      if (sink.clientGone) {
        this.logger.log('client went away; generation cancelled');
        return;
      }
      throw error;
    } finally {
      this.metrics.bytes.inc(sink.bytesWritten);
    }
  }

  // A dataset's defect manifest is regenerated from the seed after its records, shard by
  // shard like them, so it is never held while the records stream.
  private manifest(plan: Plan, records: readonly number[], defectRates: DefectRateOverrides, index: number, deadline: Date, memory: RequestMemory): ShardedGeneration {
    return new ShardedGeneration(
      this.clients.generator,
      plan,
      defectRates,
      { format: OutputFormat.OUTPUT_FORMAT_NDJSON, sqlDialect: SqlDialect.SQL_DIALECT_UNSPECIFIED, embedding: Embedding.EMBEDDING_RAW },
      deadline,
      this.sharding,
      memory,
      { content: Content.CONTENT_DEFECT_MANIFEST, datasets: [index], records },
    );
  }

  private async *manifestLines(manifest: ShardedGeneration, index: number): AsyncGenerator<Uint8Array> {
    await manifest.start();
    yield* manifest.datasetData(index);
  }
}
