import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { credentials, type ChannelOptions } from '@grpc/grpc-js';
import { GeneratorServiceClient } from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import { PlannerServiceClient } from '../../../libs/proto/src/grpc-js/datagen/v1/planner_service.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';

// Raw grpc-js clients rather than NestJS's ClientGrpc: their streams pause when we stop
// reading, so HTTP backpressure reaches the generators through HTTP/2 flow control.
// round_robin spreads calls over every address the target resolves to (a static ipv4: list
// locally, a headless Service's DNS records on Kubernetes).
const CHANNEL_OPTIONS: ChannelOptions = {
  'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  'grpc.keepalive_time_ms': 30_000,
  // A stream may run 1 MB ahead of what was read instead of HTTP/2's 64 KB: on loopback the
  // default window, not the generator, was the limit (~420k vs ~560k records/s per generator).
  'grpc-node.flow_control_window': 1024 * 1024,
};

@Injectable()
export class UpstreamClients implements OnApplicationShutdown {
  readonly planner: PlannerServiceClient;
  readonly generator: GeneratorServiceClient;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.planner = new PlannerServiceClient(config.plannerAddress, credentials.createInsecure(), CHANNEL_OPTIONS);
    this.generator = new GeneratorServiceClient(config.generatorAddress, credentials.createInsecure(), CHANNEL_OPTIONS);
  }

  // After the HTTP server has drained, so responses still streaming keep their upstreams.
  onApplicationShutdown(): void {
    this.planner.close();
    this.generator.close();
  }
}
