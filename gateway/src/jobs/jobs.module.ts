import { Module } from '@nestjs/common';
import { DownloadsModule } from '../downloads/downloads.module.js';
import { UpstreamModule } from '../grpc/upstream.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { JobsController } from './jobs.controller.js';
import { JobsService } from './jobs.service.js';

// /api/jobs: generations in the background, through the job coordinator's JobService.
@Module({ imports: [UpstreamModule, PlansModule, DownloadsModule], controllers: [JobsController], providers: [JobsService] })
export class JobsModule {}
