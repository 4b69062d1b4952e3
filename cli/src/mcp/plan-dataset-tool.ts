import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ApiClient } from '../../../libs/client/src/api-client.js';
import { generationBody, planFields } from './generation-fields.js';
import { answer } from './tool-result.js';

export function registerPlanDatasetTool(server: McpServer, client: ApiClient): void {
  server.registerTool(
    'plan_dataset',
    {
      title: 'Plan synthetic datasets',
      description:
        'Designs realistic, related synthetic datasets (tables) from a plain-language description and/or SQL CREATE TABLE statements, without generating any records. ' +
        'Answers `plan`: the datasets with their sizes, and for each field its type, value generator, keys, foreign keys (relations between datasets), enum values and ranges, plus the seed and any warnings about what was adjusted. ' +
        'Show it to the user, edit it if asked, and pass it as `plan` to preview_data or start_job: the same plan and seed always give the same records.',
      inputSchema: planFields,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (input, extra) => answer(async () => ({ plan: (await client.plan(generationBody(input), extra.signal)).plan })),
  );
}
