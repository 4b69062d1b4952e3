import type { ChannelOptions } from '@grpc/grpc-js';

// Options of every channel to our services. round_robin spreads calls over every address the
// target resolves to (a static ipv4: list locally, a headless Service's DNS records on
// Kubernetes).
export const CHANNEL_OPTIONS: ChannelOptions = {
  'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  'grpc.keepalive_time_ms': 30_000,
  // Shards are read as fast as generators send them (the shard window bounds memory), so a
  // stream may have 1 MB in flight instead of HTTP/2's 64 KB: on loopback the default window,
  // not the generator, was the limit (~420k vs ~560k records/s per generator).
  'grpc-node.flow_control_window': 1024 * 1024,
};

// grpc-js waits longer and longer (1 s, 1.6 s, 2.6 s, … up to 120 s) between attempts to reach
// an address that refuses connections, so a service that was down for a while and comes back
// went unused for seconds after it was serving: for a generator, long enough, with the other
// generator draining, for shards to find no generator at all. Capping the pause (and how often
// DNS may be asked again, for pods that come back at a new address) bounds that gap.
export function reconnectingChannelOptions(reconnectMaxMs: number): ChannelOptions {
  return {
    ...CHANNEL_OPTIONS,
    // grpc-js starts at 1 s; a smaller cap must lower the start too.
    'grpc.initial_reconnect_backoff_ms': Math.min(1_000, reconnectMaxMs),
    'grpc.max_reconnect_backoff_ms': reconnectMaxMs,
    'grpc.dns_min_time_between_resolutions_ms': reconnectMaxMs,
  };
}
