import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ApiClient } from '../../../libs/client/src/api-client.js';
import { registerCancelJobTool } from './cancel-job-tool.js';
import { registerGetJobTool } from './get-job-tool.js';
import { registerPlanDatasetTool } from './plan-dataset-tool.js';
import { registerPreviewDataTool } from './preview-data-tool.js';
import { registerStartJobTool } from './start-job-tool.js';

// The version of the public REST API the tools speak (the OpenAPI document's).
const SERVER_INFO = { name: 'datagen', title: 'DataGen', version: '1' };

const INSTRUCTIONS =
  'DataGen generates realistic, related synthetic datasets (tables whose foreign keys agree) from a plain-language description or SQL CREATE TABLE statements. ' +
  'Usual flow: plan_dataset to design the tables, preview_data to show a few records, start_job to generate them all as files, get_job (with wait_seconds) until completed for the download links.';

// The MCP server of `datagen mcp`: every tool is a call of the public REST API through `client`.
export function createMcpServer(client: ApiClient): McpServer {
  const server = new McpServer(SERVER_INFO, { instructions: INSTRUCTIONS });
  registerPlanDatasetTool(server, client);
  registerPreviewDataTool(server, client);
  registerStartJobTool(server, client);
  registerGetJobTool(server, client);
  registerCancelJobTool(server, client);
  return server;
}
