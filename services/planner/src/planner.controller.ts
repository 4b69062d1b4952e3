import { Controller } from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
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

  async createPlan(request: CreatePlanRequest, _metadata?: Metadata): Promise<CreatePlanResponse> {
    return { plan: await this.planning.createPlan(request) };
  }
}
