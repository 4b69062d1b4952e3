import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { ApiClient } from '../../../libs/client/src/api-client.js';
import { jobSummary } from './job-summary.js';
import { answer } from './tool-result.js';
import { MAX_WAIT_SECONDS, waitForJob } from './wait-for-job.js';

export const jobId = z.string().min(1).describe('The job_id start_job answered.');

export function registerGetJobTool(server: McpServer, client: ApiClient): void {
  server.registerTool(
    'get_job',
    {
      title: 'Job status and download links',
      description:
        'Answers a job\'s `status` (queued, planning, running, completed, failed or cancelled) and `progress` (records done of the total, overall and per dataset). ' +
        'When completed: `download_links` (a URL per file; they need no token and expire, so ask again for fresh ones), `datasets` (format, records, columns) and a `metadata` summary (seed, warnings, defects by kind, validation_score out of 10). ' +
        'When failed: `error`. With wait_seconds it first waits up to that long for the job to end; ask again while it is still running.',
      inputSchema: {
        job_id: jobId,
        wait_seconds: z
          .number()
          .min(0)
          .max(MAX_WAIT_SECONDS)
          .default(0)
          .describe(`Seconds to wait for the job to end before answering, 0 to ${MAX_WAIT_SECONDS} (default 0: answer at once).`),
      },
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    ({ job_id, wait_seconds }, extra) =>
      answer(async () => {
        await waitForJob(client, job_id, wait_seconds, extra.signal);
        return { ...jobSummary(await client.job(job_id, extra.signal)) };
      }),
  );
}
