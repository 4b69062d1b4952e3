import { runConcurrentBench } from './concurrent-bench.js';
import { runEngineBench } from './engine-bench.js';
import { runGatewayBench } from './gateway-bench.js';
import { runJobsBench } from './jobs-bench.js';
import { runLoadBench } from './load-bench.js';
import { runParquetBench } from './parquet-bench.js';
import { runScalingBench } from './scaling-bench.js';

// `npm run bench`: every bench, one after the other, so each has the machine to itself.
// `npm run bench -- concurrent` (or engine, scaling, gateway, parquet, jobs, load) runs only the ones named.
const BENCHES: Record<string, () => Promise<void>> = {
  engine: runEngineBench,
  scaling: runScalingBench,
  gateway: runGatewayBench,
  concurrent: runConcurrentBench,
  parquet: runParquetBench,
  jobs: runJobsBench,
  load: runLoadBench,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in BENCHES));
if (unknown.length > 0) throw new Error(`Unknown bench ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
for (const [name, bench] of Object.entries(BENCHES)) if (asked.length === 0 || asked.includes(name)) await bench();
