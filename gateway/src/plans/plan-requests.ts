import { Inject, Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { CreatePlanRequest } from '../../../libs/proto/src/grpc-js/datagen/v1/planner_service.js';
import { MIN_SEED, PICKED_SEED_BOUND } from '../../../libs/api/src/request-limits.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';
import { createPlan } from '../grpc/create-plan.js';
import { UpstreamClients } from '../grpc/upstream-clients.js';
import type { GenerationFieldsDto } from '../request/generate-request.dto.js';
import { readPlanJson } from './plan-json-reader.js';

// Gets the plan for a REST request: from the planner for a prompt, or the caller's own plan
// checked by the planner against the same limits (no model call). The API key crosses to the
// planner sealed; the planner alone knows whether its model endpoint is OpenAI's, where the
// key must have the documented format, so it checks that and its refusal comes back as the
// same 401.
@Injectable()
export class PlanRequests {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly clients: UpstreamClients,
  ) {}

  async plan(request: GenerationFieldsDto, deadline: Date, cancelled: AbortSignal): Promise<Plan> {
    return createPlan(
      this.clients.planner,
      this.planningRequest(request),
      new Date(Math.min(deadline.getTime(), Date.now() + this.config.planTimeoutMs)),
      cancelled,
    );
  }

  // What the planner is asked for a REST request; a job hands the same to JobService, whose
  // coordinator plans it.
  planningRequest(request: GenerationFieldsDto): CreatePlanRequest {
    const apiKey = request.api_key;
    const given = request.plan === undefined ? undefined : readPlanJson(request.plan);
    return {
      prompt: request.prompt ?? given?.prompt ?? '',
      datasets: request.datasets,
      datasetSize: request.dataset_size,
      reality: request.reality,
      seed: request.seed ?? given?.seed ?? randomInt(MIN_SEED, PICKED_SEED_BOUND),
      sealedApiKey: apiKey === undefined ? Buffer.alloc(0) : this.config.sealingKey.seal(apiKey),
      plan: given,
      schema: request.schema ?? '',
      datasetSizes: request.dataset_sizes ?? {},
      schemaDialect: request.sql_dialect ?? '',
      locale: request.locale ?? '',
    };
  }
}
