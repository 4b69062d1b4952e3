import { Module } from '@nestjs/common';
import { UpstreamClients } from './upstream-clients.js';

// One channel to the planner and one to the generator pool, shared by every feature.
@Module({ providers: [UpstreamClients], exports: [UpstreamClients] })
export class UpstreamModule {}
