import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { ApiError } from '../errors/api-error.js';
import { PlanRequests } from '../plans/plan-requests.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';
import { UpstreamClients } from '../grpc/upstream-clients.js';
import { GatewayMetrics } from '../metrics/gateway-metrics.js';
import { negotiateBody } from './body-negotiation.js';
import type { GenerateRequestDto } from './generate-request.dto.js';
import { GenerationSlots } from './generation-slots.js';
import { ResponseSink } from './response-sink.js';
import { ShardedGeneration } from './sharded-generation.js';

@Injectable()
export class GenerateService {
  private readonly logger = new Logger(GenerateService.name);

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly clients: UpstreamClients,
    private readonly plans: PlanRequests,
    private readonly metrics: GatewayMetrics,
    private readonly slots: GenerationSlots,
  ) {}

  async generate(request: GenerateRequestDto, httpRequest: Request, response: Response): Promise<void> {
    const format = request.output_format ?? 'json';
    const stopTimer = this.metrics.duration.startTimer();
    this.metrics.inFlight.inc();
    let outcome = 'aborted';
    try {
      const deadline = new Date(Date.now() + this.config.requestTimeoutMs);
      const plan = await this.plans.plan(request, deadline);
      const release = this.slots.acquire(plan.datasets.reduce((sum, dataset) => sum + dataset.size, 0));
      try {
        await this.stream(plan, request, httpRequest, response, deadline);
        outcome = String(response.statusCode);
      } finally {
        release();
      }
    } catch (error) {
      if (error instanceof ApiError) outcome = String(error.status);
      throw error;
    } finally {
      this.metrics.inFlight.dec();
      this.metrics.requests.inc({ outcome, format });
      stopTimer();
    }
  }

  private async stream(
    plan: Plan,
    request: GenerateRequestDto,
    httpRequest: Request,
    response: Response,
    deadline: Date,
  ): Promise<void> {
    const sink = new ResponseSink(response);
    const body = negotiateBody(httpRequest, request, plan, sink, new Date());
    const generation = new ShardedGeneration(this.clients.generator, plan, body.encoding, deadline, this.config.sharding);
    sink.onClientGone(() => generation.cancel());
    try {
      await generation.start();
      response.status(200).type(body.contentType).set({ 'X-DataGen-Seed': String(plan.seed), 'X-DataGen-Planner': plan.planner });
      await body.writeHead();
      for (const index of plan.datasets.keys()) {
        await body.writeDatasetHead(index);
        for await (const data of generation.datasetData(index)) await sink.write(data);
        const records = generation.recordsReceived(index);
        await body.writeDatasetTail(index, records);
        this.metrics.records.inc({ format: request.output_format ?? 'json' }, records);
      }
      await body.writeTail();
      response.end();
    } catch (error) {
      generation.cancel();
      if (sink.clientGone) {
        this.logger.log('client went away; generation cancelled');
        return;
      }
      throw error;
    } finally {
      this.metrics.bytes.inc(sink.bytesWritten);
    }
  }
}
