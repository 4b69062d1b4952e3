import { Command } from 'commander';
import { serveStack } from '../../../scripts/serve-stack.js';

// `datagen serve`: the local stack as `npm start` runs it, configured by the same environment.
export function serveCommand(): Command {
  return new Command('serve')
    .description('Start the DataGen server on this machine (planner, generator, jobs, gateway), as `npm start` does; Ctrl-C stops it. PORT, PLANNER_PORT, GENERATOR_PORT, JOBS_PORT and DATA_DIR configure it.')
    .action(() => serveStack());
}
