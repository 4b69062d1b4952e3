import { Module } from '@nestjs/common';
import { UpstreamModule } from '../grpc/upstream.module.js';
import { PlanController } from './plan.controller.js';
import { PlanRequests } from './plan-requests.js';

// POST /api/plan, and the planning step /api/generate runs first.
@Module({ imports: [UpstreamModule], controllers: [PlanController], providers: [PlanRequests], exports: [PlanRequests] })
export class PlansModule {}
