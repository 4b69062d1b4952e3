import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ApiClient } from '../../../libs/client/src/api-client.js';
import { jobId } from './get-job-tool.js';
import { jobSummary } from './job-summary.js';
import { answer } from './tool-result.js';

export function registerCancelJobTool(server: McpServer, client: ApiClient): void {
  server.registerTool(
    'cancel_job',
    {
      title: 'Cancel a job',
      description: 'Cancels a queued or running job: generation stops and its files are removed. A job that has already ended is answered as it is. Answers the job as get_job does.',
      inputSchema: { job_id: jobId },
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    },
    ({ job_id }) => answer(async () => ({ ...jobSummary(await client.cancelJob(job_id)) })),
  );
}
