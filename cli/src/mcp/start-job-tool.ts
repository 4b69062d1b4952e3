import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ApiClient } from '../../../libs/client/src/api-client.js';
import { generationBody, jobFields } from './generation-fields.js';
import { answer } from './tool-result.js';

export function registerStartJobTool(server: McpServer, client: ApiClient): void {
  server.registerTool(
    'start_job',
    {
      title: 'Generate datasets as files',
      description:
        'Starts generating the full datasets in the background, one file per dataset (JSON, NDJSON, CSV, SQL or Parquet), and answers at once with `job_id` and `status`. ' +
        'Then call get_job with that job_id (and wait_seconds) until its status is completed, to get the download links. ' +
        'Pass `plan` from plan_dataset (or a `prompt`/`schema`), with the same seed as a preview to get exactly the previewed records first.',
      inputSchema: jobFields,
      annotations: { readOnlyHint: false, idempotentHint: false, openWorldHint: false },
    },
    (input, extra) =>
      answer(async () => {
        const { job_id, status } = await client.createJob(generationBody(input), extra.signal);
        return { job_id, status };
      }),
  );
}
