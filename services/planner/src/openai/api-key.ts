import { status } from '@grpc/grpc-js';
import { rpcError } from '../../../../libs/grpc/src/status-details.js';
import type { SealingKey } from '../../../../libs/sealing/src/sealed-secret.js';

// The caller's OpenAI key, opened from the box the gateway sealed. Neither the key nor the
// reason a box does not open is put into the error.
export function unsealApiKey(sealed: Uint8Array | null | undefined, sealingKey: SealingKey): string {
  if (!sealed || sealed.length === 0) {
    throw rpcError(status.UNAUTHENTICATED, { error: 'Missing API key', detail: 'api_key is required when the OpenAI planner runs' });
  }
  let apiKey: string;
  try {
    apiKey = sealingKey.unseal(sealed);
  } catch {
    throw rpcError(status.UNAUTHENTICATED, {
      error: 'Invalid API key',
      detail: 'The sealed API key could not be opened; it was not sealed with this deployment\'s secret or was altered',
    });
  }
  if (!apiKey.startsWith('sk-')) {
    throw rpcError(status.UNAUTHENTICATED, { error: 'Invalid API key format', detail: "API key must start with 'sk-'" });
  }
  return apiKey;
}
