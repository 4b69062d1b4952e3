#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { CliFailure } from './cli-failure.js';
import { generateCommand } from './commands/generate.js';
import { loadCommand } from './commands/load.js';
import { mcpCommand } from './commands/mcp.js';
import { planCommand } from './commands/plan.js';
import { serveCommand } from './commands/serve.js';
import { EXIT } from './exit-codes.js';

// `datagen`: a client of a DataGen server's public REST API (decision 11), and `serve` to start
// one locally.
const program = new Command('datagen')
  .description('Plan and generate realistic synthetic datasets, download them or load them into a database.')
  .showHelpAfterError()
  .exitOverride()
  .addCommand(serveCommand())
  .addCommand(planCommand())
  .addCommand(generateCommand())
  .addCommand(loadCommand())
  .addCommand(mcpCommand());
// addCommand does not pass exitOverride on: without it a subcommand's usage error exits 1.
for (const command of program.commands) command.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version print and exit 0; commander has already said what was wrong otherwise.
    process.exitCode = error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  } else {
    const failure = CliFailure.of(error);
    process.stderr.write(`datagen: ${failure.message}\n`);
    process.exitCode = failure.exitCode;
  }
}
