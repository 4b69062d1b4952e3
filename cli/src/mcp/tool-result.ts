import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ApiFailure } from '../../../libs/client/src/api-failure.js';
import { CliFailure } from '../cli-failure.js';

// A tool's answer: structured for clients that read `structuredContent`, and the same JSON as
// text for those that only show `content` (as the MCP specification asks).
export function toolResult(structured: Record<string, unknown>): CallToolResult {
  return { structuredContent: structured, content: [{ type: 'text', text: JSON.stringify(structured) }] };
}

// A failed call, as a result the assistant reads rather than a protocol error: the API's error
// in the document's shape (its issues and suggestions) when the server refused, one line otherwise.
export function toolFailure(error: unknown): CallToolResult {
  const text = CliFailure.of(error).message;
  if (error instanceof ApiFailure) return { isError: true, structuredContent: { status: error.status, ...error.body }, content: [{ type: 'text', text }] };
  return { isError: true, content: [{ type: 'text', text }] };
}

// Runs a tool's work, turning any failure into a tool failure so no call crashes the server.
export async function answer(work: () => Promise<Record<string, unknown>>): Promise<CallToolResult> {
  try {
    return toolResult(await work());
  } catch (error) {
    return toolFailure(error);
  }
}
