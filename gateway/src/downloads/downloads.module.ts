import { Module } from '@nestjs/common';
import { DownloadsController } from './downloads.controller.js';
import { GatewayArtifacts } from './gateway-artifacts.js';

// GET /downloads/...: jobs' files at signed links; and the links themselves, for the jobs routes.
@Module({ controllers: [DownloadsController], providers: [GatewayArtifacts], exports: [GatewayArtifacts] })
export class DownloadsModule {}
