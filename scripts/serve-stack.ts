import { resolve } from 'node:path';
import { cleanEnv, port, str } from 'envalid';
import { LocalStack } from './local-stack.js';

// The whole stack on localhost with the offline planner, until Ctrl-C or SIGTERM: what
// `npm start` and `datagen serve` run, configured by the environment.
export async function serveStack(): Promise<void> {
  const env = cleanEnv(process.env, {
    PORT: port({ default: 3000 }),
    PLANNER_PORT: port({ default: 50051 }),
    GENERATOR_PORT: port({ default: 50061 }),
    JOBS_PORT: port({ default: 50071 }),
    DATA_DIR: str({ default: './data', desc: "Folder of the embedded stores: the jobs' SQLite database and their files." }),
  });
  console.log('Starting planner, generator, job coordinator and gateway...');
  const stack = await LocalStack.start({
    gatewayPort: env.PORT,
    plannerPort: env.PLANNER_PORT,
    generatorPorts: [env.GENERATOR_PORT],
    jobsPort: env.JOBS_PORT,
    dataDir: resolve(env.DATA_DIR),
    stdio: 'inherit',
  }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });

  console.log(`DataGen is ready: open ${stack.url}/ or POST ${stack.url}/api/generate  (Ctrl-C stops it)`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping DataGen...');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  for (const running of stack.processes) {
    running.child.once('exit', (code, signal) => {
      if (stopping) return;
      console.error(`${running.name} exited (${signal ?? code}); stopping the others.`);
      void stack.stop().then(() => process.exit(1));
    });
  }
}
