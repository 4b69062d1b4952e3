import { Module } from '@nestjs/common';
import { UpstreamModule } from '../grpc/upstream.module.js';
import { CatalogueController } from './catalogue.controller.js';
import { DdlController } from './ddl.controller.js';
import { PlanController } from './plan.controller.js';
import { PlanRequests } from './plan-requests.js';

// POST /api/plan, the planning step /api/generate runs first, POST /api/ddl, the schema of a
// plan's SQL output, and GET /api/catalogue of what a plan may name.
@Module({ imports: [UpstreamModule], controllers: [PlanController, DdlController, CatalogueController], providers: [PlanRequests], exports: [PlanRequests] })
export class PlansModule {}
