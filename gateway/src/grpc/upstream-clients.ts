import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { credentials } from '@grpc/grpc-js';
import { CHANNEL_OPTIONS, reconnectingChannelOptions } from '../../../libs/grpc/src/channel-options.js';
import { GeneratorServiceClient } from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import { JobServiceClient } from '../../../libs/proto/src/grpc-js/datagen/v1/job_service.js';
import { PlannerServiceClient } from '../../../libs/proto/src/grpc-js/datagen/v1/planner_service.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';

// Raw grpc-js clients rather than NestJS's ClientGrpc: a shard needs the call itself (to
// cancel it, or resume it at an offset) and the channel's state (to wait for a ready
// generator). The job coordinator's channel reconnects as soon as the generators' does: a
// coordinator replaced after a crash is back within a second for clients polling their job.
@Injectable()
export class UpstreamClients implements OnApplicationShutdown {
  readonly planner: PlannerServiceClient;
  readonly generator: GeneratorServiceClient;
  readonly jobs: JobServiceClient;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.planner = new PlannerServiceClient(config.plannerAddress, credentials.createInsecure(), CHANNEL_OPTIONS);
    this.generator = new GeneratorServiceClient(
      config.generatorAddress,
      credentials.createInsecure(),
      reconnectingChannelOptions(config.sharding.resume.reconnectMaxMs),
    );
    this.jobs = new JobServiceClient(config.jobsAddress, credentials.createInsecure(), reconnectingChannelOptions(config.sharding.resume.reconnectMaxMs));
  }

  // After the HTTP server has drained, so responses still streaming keep their upstreams.
  onApplicationShutdown(): void {
    this.planner.close();
    this.generator.close();
    this.jobs.close();
  }
}
