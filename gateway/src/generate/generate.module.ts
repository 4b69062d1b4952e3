import { Module } from '@nestjs/common';
import { UpstreamModule } from '../grpc/upstream.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { GenerateController } from './generate.controller.js';
import { GenerateService } from './generate.service.js';
import { GenerationSlots } from './generation-slots.js';
import { MemoryAdmission } from './memory-admission.js';

// POST /api/generate: plans, then streams every dataset from the generator pool.
@Module({
  imports: [UpstreamModule, PlansModule, MetricsModule],
  controllers: [GenerateController],
  providers: [GenerateService, GenerationSlots, MemoryAdmission],
})
export class GenerateModule {}
