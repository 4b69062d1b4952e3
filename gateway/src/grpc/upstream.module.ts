import { Module } from '@nestjs/common';
import { UpstreamClients } from './upstream-clients.js';

// One channel each to the planner, the generator pool and the job coordinator, shared by every
// feature.
@Module({ providers: [UpstreamClients], exports: [UpstreamClients] })
export class UpstreamModule {}
