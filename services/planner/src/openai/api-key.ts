import { status } from '@grpc/grpc-js';
import { rpcError } from '../../../../libs/grpc/src/status-details.js';
import type { SealingKey } from '../../../../libs/sealing/src/sealed-secret.js';
import { isOpenAiEndpoint } from './openai-endpoint.js';

// A local server that checks no key still needs one from the `openai` client, which refuses
// to send a request without. It is not a secret, but like a key it is sent and never shown.
const KEY_FOR_KEYLESS_SERVER = 'no-key';

// The caller's API key, opened from the box the gateway sealed; undefined when none was sent.
// Every plan passes here, whichever planner runs, so the documented format is refused the
// same way everywhere, but only where the model endpoint is OpenAI's. Neither the key nor the
// reason a box does not open is put into the error.
export function openCallerApiKey(sealed: Uint8Array | null | undefined, sealingKey: SealingKey, baseURL: string): string | undefined {
  if (!sealed || sealed.length === 0) return undefined;
  let apiKey: string;
  try {
    apiKey = sealingKey.unseal(sealed);
  } catch {
    throw rpcError(status.UNAUTHENTICATED, {
      error: 'Invalid API key',
      detail: 'The sealed API key could not be opened; it was not sealed with this deployment\'s secret or was altered',
    });
  }
  if (isOpenAiEndpoint(baseURL) && !apiKey.startsWith('sk-')) {
    throw rpcError(status.UNAUTHENTICATED, { error: 'Invalid API key format', detail: "API key must start with 'sk-'" });
  }
  return apiKey;
}

// The key the model call sends: the caller's, else, where the endpoint is not OpenAI's and
// may need none, the stand-in the client insists on. An empty api_key counts as none, as the
// client would send an empty bearer token.
export function modelApiKey(callerKey: string | undefined, baseURL: string): string {
  if (callerKey) return callerKey;
  if (isOpenAiEndpoint(baseURL)) {
    throw rpcError(status.UNAUTHENTICATED, { error: 'Missing API key', detail: 'api_key is required when the OpenAI planner runs' });
  }
  return KEY_FOR_KEYLESS_SERVER;
}
