import type { ChannelOptions } from '@grpc/grpc-js';

// What a stream from a generator may have in flight: shards are read as fast as generators send
// them, and a call held at its shard's gate keeps at most this much (the gateway's memory budget
// reserves it). HTTP/2's 64 KB default, not the generator, was the limit on loopback (~420k
// against ~560k records/s per generator with 1 MB); with 4 MB instead of 1 MB, 5,000,000 orders
// streamed in 5.7 s instead of 6.8 (2 MB: 6.2), in rotating rounds, and twenty concurrent
// requests peaked lower in the gateway (255 against 268 MB): a generator waiting less for
// window updates also spent 5% less CPU.
export const FLOW_CONTROL_WINDOW_BYTES = 4 * 1024 * 1024;

// Options of every channel to our services. round_robin spreads calls over every address the
// target resolves to (a static ipv4: list locally, a headless Service's DNS records on
// Kubernetes).
export const CHANNEL_OPTIONS: ChannelOptions = {
  'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  'grpc.keepalive_time_ms': 30_000,
  'grpc-node.flow_control_window': FLOW_CONTROL_WINDOW_BYTES,
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
