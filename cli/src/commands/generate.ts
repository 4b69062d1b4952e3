import { mkdir } from 'node:fs/promises';
import { Command } from 'commander';
import { connect, withConnection, type ConnectionOptions } from '../connection.js';
import { downloadFiles } from '../jobs/download-files.js';
import { Interruption } from '../jobs/interruption.js';
import { runJob } from '../jobs/run-job.js';
import { sourceBody, withGenerationOptions, type GenerationOptions } from '../options/generation-options.js';
import { withOutputOptions, type OutputOptions } from '../options/output-options.js';
import { progressDisplay } from '../progress/progress-display.js';

type GenerateOptions = GenerationOptions & OutputOptions & ConnectionOptions & { dialect?: string; out: string; json?: boolean };

// `datagen generate … --out DIR`: a job on the server, followed to its end, and its files
// downloaded into DIR.
export function generateCommand(): Command {
  const command = new Command('generate').description('Run a generation job on the server and download its files into a folder.');
  withGenerationOptions(command, { planFile: true });
  withOutputOptions(command);
  command.requiredOption('--out <dir>', 'folder to write the files to (Parquet parts go to <dir>/<dataset>/)').option('--json', 'print a JSON summary on stdout at the end, and nothing else');
  return withConnection(command).action(async (options: GenerateOptions) => {
    const started = performance.now();
    const client = connect(options);
    const body = {
      ...(await sourceBody(options)),
      output_format: options.format,
      compression: options.compression,
      ...(options.sqlDialect ?? options.dialect ? { sql_dialect: options.sqlDialect ?? options.dialect } : {}),
      ...(options.defects ? { include_defects: true } : {}),
    };
    await mkdir(options.out, { recursive: true });
    const display = progressDisplay('records');
    const interruption = new Interruption();
    try {
      const job = await runJob(client, body, display, interruption);
      const generated = performance.now();
      const links = job.result.download_links;
      display.say(`Downloading ${Object.keys(links).length} files into ${options.out}`);
      const files = await downloadFiles(links, options.out, interruption.signal, (file) => display.say(`  ${file.path} (${file.bytes.toLocaleString('en-US')} bytes)`));
      const finished = performance.now();
      const summary = {
        job_id: job.job_id,
        status: job.status,
        seed: job.result.metadata.seed,
        out: options.out,
        files,
        datasets: Object.fromEntries(Object.entries(job.result.datasets).map(([name, dataset]) => [name, { records: dataset.size, format: dataset.format }])),
        timings: { job_seconds: seconds(generated - started), download_seconds: seconds(finished - generated), total_seconds: seconds(finished - started) },
      };
      if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else display.say(`Job ${job.job_id} completed: ${files.length} files in ${options.out} (seed ${summary.seed})`);
    } catch (error) {
      throw await interruption.failure(error, 'the job was cancelled');
    } finally {
      interruption.dispose();
    }
  });
}

function seconds(milliseconds: number): number {
  return Math.round(milliseconds) / 1000;
}
