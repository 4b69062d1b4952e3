import { Metadata } from '@grpc/grpc-js';
import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { CreatePlanRequest, PlannerServiceClient } from '../../../libs/proto/src/grpc-js/datagen/v1/planner_service.js';
import { apiErrorFromGrpc } from '../errors/api-error-from-grpc.js';

// `cancelled` aborts the call, and with it the planner's model request.
export async function createPlan(planner: PlannerServiceClient, request: CreatePlanRequest, deadline: Date, cancelled: AbortSignal): Promise<Plan> {
  return new Promise((resolve, reject) => {
    const call = planner.createPlan(request, new Metadata(), { deadline }, (error, response) => {
      cancelled.removeEventListener('abort', cancel);
      if (error) reject(apiErrorFromGrpc(error, 'planner'));
      else if (!response.plan) reject(new Error('The planner answered without a plan'));
      else resolve(response.plan);
    });
    const cancel = () => call.cancel();
    if (cancelled.aborted) cancel();
    else cancelled.addEventListener('abort', cancel, { once: true });
  });
}
