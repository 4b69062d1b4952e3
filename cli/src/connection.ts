import { Option, type Command } from 'commander';
import { ApiClient } from '../../libs/client/src/api-client.js';

export const DEFAULT_SERVER = 'http://127.0.0.1:3000';

export interface ConnectionOptions {
  server: string;
  token?: string;
}

// --server and --token, for every command that talks to a DataGen server. The token is read
// from DATAGEN_TOKEN rather than typed, so it stays out of shell history and process lists.
export function withConnection(command: Command): Command {
  return command
    .addOption(new Option('--server <url>', 'the DataGen server').env('DATAGEN_URL').default(DEFAULT_SERVER))
    .addOption(new Option('--token <token>', 'API token, when the server requires one').env('DATAGEN_TOKEN'));
}

export function connect(options: ConnectionOptions): ApiClient {
  const server = options.server.replace(/\/+$/, '');
  return new ApiClient(server, () => options.token ?? '');
}
