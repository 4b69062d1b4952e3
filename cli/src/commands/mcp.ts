import { Command } from 'commander';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { connect, withConnection, type ConnectionOptions } from '../connection.js';
import { createMcpServer } from '../mcp/mcp-server.js';

// `datagen mcp`: an MCP server on stdin/stdout for AI assistants. stdout carries only MCP
// messages, so nothing else may print there; the process ends when the client closes stdin.
export function mcpCommand(): Command {
  return withConnection(new Command('mcp'))
    .description('Serve Model Context Protocol tools over stdio (plan, preview, start a job, get its download links) for AI assistants.')
    .action(async (options: ConnectionOptions) => {
      const server = createMcpServer(connect(options));
      process.stdin.once('end', () => void server.close());
      await server.connect(new StdioServerTransport());
    });
}
