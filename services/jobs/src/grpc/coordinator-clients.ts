import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { credentials } from '@grpc/grpc-js';
import { CHANNEL_OPTIONS, reconnectingChannelOptions } from '../../../../libs/grpc/src/channel-options.js';
import { GeneratorServiceClient } from '../../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import { PlannerServiceClient } from '../../../../libs/proto/src/grpc-js/datagen/v1/planner_service.js';
import { JOBS_CONFIG, type JobsConfig } from '../jobs.config.js';

// The planner (a job is planned when it is created) and the generator pool (they write the
// shards), as raw grpc-js clients: a shard call must be cancellable and retried on another
// generator, and the channel's readiness tells when a restarted generator is back.
@Injectable()
export class CoordinatorClients implements OnApplicationShutdown {
  readonly planner: PlannerServiceClient;
  readonly generator: GeneratorServiceClient;

  constructor(@Inject(JOBS_CONFIG) config: JobsConfig) {
    this.planner = new PlannerServiceClient(config.plannerAddress, credentials.createInsecure(), CHANNEL_OPTIONS);
    this.generator = new GeneratorServiceClient(config.generatorAddress, credentials.createInsecure(), reconnectingChannelOptions(config.reconnectMaxMs));
  }

  onApplicationShutdown(): void {
    this.planner.close();
    this.generator.close();
  }
}
