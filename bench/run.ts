import { runEngineBench } from './engine-bench.js';
import { runGatewayBench } from './gateway-bench.js';
import { runScalingBench } from './scaling-bench.js';

// `npm run bench`: every bench, one after the other, so each has the machine to itself.
await runEngineBench();
await runScalingBench();
await runGatewayBench();
