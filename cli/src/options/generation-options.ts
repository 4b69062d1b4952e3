import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { GenerationBody } from '../../../libs/client/src/generation-body.js';
import type { PlanJson } from '../../../libs/client/src/plan-types.js';
import { CliFailure } from '../cli-failure.js';
import { EXIT } from '../exit-codes.js';
import { wholeNumber } from './whole-number.js';

// What to generate: a prompt, a plan file, a schema file (the last two read here), and the
// request fields every command shares.
export interface GenerationOptions {
  prompt?: string;
  plan?: string;
  schema?: string;
  datasets?: number;
  size?: number;
  reality?: number;
  seed?: number;
  locale?: string;
}

// A request body with the fields of issue 14's schema import, which the REST API documents.
export type SourceBody = GenerationBody & { schema?: string };

export function withGenerationOptions(command: Command, { planFile }: { planFile: boolean }): Command {
  command.option('--prompt <text>', 'describe the data in plain language').option('--schema <file.sql>', 'SQL DDL (CREATE TABLE …) to fill');
  if (planFile) command.addOption(new Option('--plan <plan.json>', 'a plan, as `datagen plan` prints it').conflicts(['prompt', 'schema']));
  return command
    .option('--datasets <n>', 'how many datasets a prompt plans', wholeNumber(1))
    .option('--size <n>', 'records per dataset (with a schema: of the largest table)', wholeNumber(1))
    .option('--reality <level>', 'reality level, 0 (clean) to 10 (messy)', wholeNumber(0))
    .option('--seed <n>', 'seed: the same seed and plan give the same records', wholeNumber(0))
    .option('--locale <locale>', 'locale of names, addresses, phones and currency (de, fr, ja, pt_BR …; default en_US, or read from the prompt)');
}

// The request body, with the files read; a file that cannot be read is a usage error.
export async function sourceBody(options: GenerationOptions): Promise<SourceBody> {
  if (options.prompt === undefined && options.plan === undefined && options.schema === undefined) {
    throw new CliFailure('Say what to generate: --prompt "…", --plan plan.json or --schema file.sql', EXIT.USAGE);
  }
  const body: SourceBody = {};
  if (options.prompt !== undefined) body.prompt = options.prompt;
  if (options.schema !== undefined) body.schema = await readText(options.schema, '--schema');
  if (options.plan !== undefined) body.plan = await readPlan(options.plan);
  if (options.datasets !== undefined) body.datasets = options.datasets;
  if (options.size !== undefined) body.dataset_size = options.size;
  if (options.reality !== undefined) body.reality = options.reality;
  if (options.seed !== undefined) body.seed = options.seed;
  if (options.locale !== undefined) body.locale = options.locale;
  return body;
}

async function readText(path: string, option: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliFailure(`${option} ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, EXIT.USAGE);
  }
}

async function readPlan(path: string): Promise<PlanJson> {
  const text = await readText(path, '--plan');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CliFailure(`--plan ${path} is not JSON: ${(error as Error).message}`, EXIT.USAGE);
  }
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as PlanJson).datasets)) {
    throw new CliFailure(`--plan ${path} is not a plan: it has no "datasets" list (write one with \`datagen plan … > ${path}\`)`, EXIT.USAGE);
  }
  return parsed as PlanJson;
}
