import { Controller } from '@nestjs/common';
import type { Metadata, ServerUnaryCall } from '@grpc/grpc-js';
import {
  type CreatePlanRequest,
  type CreatePlanResponse,
  type PlannerServiceController,
  PlannerServiceControllerMethods,
} from '../../../libs/proto/src/nest/datagen/v1/planner_service.js';
import { PlanningService } from './planning.service.js';

@Controller()
@PlannerServiceControllerMethods()
export class PlannerController implements PlannerServiceController {
  constructor(private readonly planning: PlanningService) {}

  // A call the gateway cancels (its client went away, its deadline passed) stops the model
  // request too, rather than leaving it to run, and be billed, to OPENAI_TIMEOUT_MS.
  async createPlan(
    request: CreatePlanRequest,
    _metadata?: Metadata,
    call?: ServerUnaryCall<CreatePlanRequest, CreatePlanResponse>,
  ): Promise<CreatePlanResponse> {
    const cancelled = new AbortController();
    call?.once('cancelled', () => cancelled.abort());
    return { plan: await this.planning.createPlan(request, cancelled.signal) };
  }
}
