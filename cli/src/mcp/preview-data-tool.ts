import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { MAX_PREVIEW_RECORDS, MIN_PREVIEW_RECORDS, rangeText } from '../../../libs/api/src/request-limits.js';
import type { ApiClient } from '../../../libs/client/src/api-client.js';
import { generationBody, planOrPromptFields } from './generation-fields.js';
import { previewSummary } from './preview-summary.js';
import { answer } from './tool-result.js';

// Enough rows to judge the data by, few enough to keep an assistant's context small.
const DEFAULT_PREVIEW_RECORDS = 10;

export function registerPreviewDataTool(server: McpServer, client: ApiClient): void {
  server.registerTool(
    'preview_data',
    {
      title: 'Preview synthetic records',
      description:
        'Generates only the first records of each dataset, to show what the data looks like before generating it all: exactly the records a full job with the same plan, reality and seed starts with. ' +
        'Answers per dataset `columns`, `rows` (each record as its values in column order) and `defects` (how many injected problems of each kind these rows carry, from the reality level), plus the `seed` used. ' +
        'Pass `plan` from plan_dataset (or a `prompt`/`schema` to plan on the fly; a prompt may not plan the same way twice unless the seed is given).',
      inputSchema: {
        ...planOrPromptFields,
        records: z
          .number()
          .int()
          .default(DEFAULT_PREVIEW_RECORDS)
          .describe(`How many records of each dataset to answer, ${rangeText(MIN_PREVIEW_RECORDS, MAX_PREVIEW_RECORDS)} (default ${DEFAULT_PREVIEW_RECORDS}).`),
      },
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    ({ records, ...input }, extra) =>
      answer(async () => {
        const envelope = await client.generate({ ...generationBody(input), output_format: 'json', preview_records: records, include_defects: true }, extra.signal);
        return { ...previewSummary(envelope) };
      }),
  );
}
