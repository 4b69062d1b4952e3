import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { credentials, type ChannelOptions } from '@grpc/grpc-js';
import { GeneratorServiceClient } from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import { JobServiceClient } from '../../../libs/proto/src/grpc-js/datagen/v1/job_service.js';
import { PlannerServiceClient } from '../../../libs/proto/src/grpc-js/datagen/v1/planner_service.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';

// Raw grpc-js clients rather than NestJS's ClientGrpc: a shard needs the call itself (to
// cancel it, or resume it at an offset) and the channel's state (to wait for a ready
// generator). round_robin spreads calls over every address the target resolves to (a static
// ipv4: list locally, a headless Service's DNS records on Kubernetes).
const CHANNEL_OPTIONS: ChannelOptions = {
  'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  'grpc.keepalive_time_ms': 30_000,
  // Shards are read as fast as generators send them (the shard window bounds memory), so a
  // stream may have 1 MB in flight instead of HTTP/2's 64 KB: on loopback the default window,
  // not the generator, was the limit (~420k vs ~560k records/s per generator).
  'grpc-node.flow_control_window': 1024 * 1024,
};

// grpc-js waits longer and longer (1 s, 1.6 s, 2.6 s, … up to 120 s) between attempts to reach
// an address that refuses connections, so a generator that was down for a while and comes back
// went unused for seconds after it was serving: long enough, with the other generator
// draining, for shards to find no generator at all. Capping the pause (and how often DNS may
// be asked again, for pods that come back at a new address) bounds that gap.
function generatorChannelOptions(reconnectMaxMs: number): ChannelOptions {
  return {
    ...CHANNEL_OPTIONS,
    // grpc-js starts at 1 s; a smaller cap must lower the start too.
    'grpc.initial_reconnect_backoff_ms': Math.min(1_000, reconnectMaxMs),
    'grpc.max_reconnect_backoff_ms': reconnectMaxMs,
    'grpc.dns_min_time_between_resolutions_ms': reconnectMaxMs,
  };
}

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
      generatorChannelOptions(config.sharding.resume.reconnectMaxMs),
    );
    this.jobs = new JobServiceClient(config.jobsAddress, credentials.createInsecure(), CHANNEL_OPTIONS);
  }

  // After the HTTP server has drained, so responses still streaming keep their upstreams.
  onApplicationShutdown(): void {
    this.planner.close();
    this.generator.close();
    this.jobs.close();
  }
}
