import { Metadata } from '@grpc/grpc-js';
import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { CreatePlanRequest, PlannerServiceClient } from '../../../libs/proto/src/grpc-js/datagen/v1/planner_service.js';
import { apiErrorFromGrpc } from '../errors/api-error-from-grpc.js';

export async function createPlan(planner: PlannerServiceClient, request: CreatePlanRequest, deadline: Date): Promise<Plan> {
  return new Promise((resolve, reject) => {
    planner.createPlan(request, new Metadata(), { deadline }, (error, response) => {
      if (error) reject(apiErrorFromGrpc(error, 'planner'));
      else if (!response.plan) reject(new Error('The planner answered without a plan'));
      else resolve(response.plan);
    });
  });
}
