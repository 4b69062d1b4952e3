import { Command } from 'commander';
import { connect, withConnection, type ConnectionOptions } from '../connection.js';
import { sourceBody, withGenerationOptions, type GenerationOptions } from '../options/generation-options.js';

// `datagen plan "<prompt>" > plan.json`: the plan POST /api/plan answers, to edit and give back
// to `datagen generate --plan`.
export function planCommand(): Command {
  const command = new Command('plan')
    .description('Print the plan (datasets, fields, generators) for a prompt or a schema as JSON on stdout.')
    .argument('[prompt]', 'describe the data in plain language (or use --prompt)');
  withGenerationOptions(command, { planFile: false });
  return withConnection(command).action(async (prompt: string | undefined, options: GenerationOptions & ConnectionOptions) => {
    const body = await sourceBody({ ...options, prompt: options.prompt ?? prompt });
    const answer = await connect(options).plan(body);
    process.stdout.write(`${JSON.stringify(answer.plan, null, 2)}\n`);
  });
}
