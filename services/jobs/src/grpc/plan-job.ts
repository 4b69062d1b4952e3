import { Metadata, type ServiceError } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import { CreatePlanRequest as WireRequest, type PlannerServiceClient } from '../../../../libs/proto/src/grpc-js/datagen/v1/planner_service.js';
import type { CreatePlanRequest } from '../../../../libs/proto/src/nest/datagen/v1/planner_service.js';
import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';

// Plans a job as /api/generate plans a request. The planner's refusal (a payload problem, a
// key OpenAI refuses, a rate limit) reaches the caller as the planner raised it, details and
// all, so REST clients get the same 400, 401 or 429 they get from /api/generate.
export function planJob(planner: PlannerServiceClient, request: CreatePlanRequest, deadline: Date): Promise<Plan> {
  return new Promise((resolve, reject) => {
    // The request as the gRPC server decoded it has nulls where a client message has nothing.
    planner.createPlan(WireRequest.fromPartial({ ...request, sealedApiKey: Buffer.from(request.sealedApiKey) }), new Metadata(), { deadline }, (error: ServiceError | null, response) => {
      if (error) reject(new RpcException({ code: error.code, message: error.details, details: error.details, metadata: error.metadata }));
      else if (!response?.plan) reject(new Error('The planner answered without a plan'));
      else resolve(response.plan as Plan);
    });
  });
}
