import { status, type Metadata } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import { describe, expect, it } from 'vitest';
import { readErrorDetails } from '../../../../libs/grpc/src/status-details.js';
import { SealingKey } from '../../../../libs/sealing/src/sealed-secret.js';
import { modelApiKey, openCallerApiKey } from './api-key.js';

const OPENAI = 'https://api.openai.com/v1';
const LLAMA_CPP = 'http://127.0.0.1:8080/v1';
const sealingKey = SealingKey.parse(SealingKey.generate());

// The code and public {error, detail} of what a call threw.
function refusal(call: () => unknown): { code: number; error?: string; detail?: string } {
  try {
    call();
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(RpcException);
    const { code, metadata } = (thrown as RpcException).getError() as { code: number; metadata: Metadata };
    const { error, detail } = readErrorDetails({ metadata });
    return { code, error, detail };
  }
  throw new Error('nothing was refused');
}

describe('openCallerApiKey', () => {
  it('answers undefined when no key was sent', () => {
    expect(openCallerApiKey(new Uint8Array(), sealingKey, OPENAI)).toBeUndefined();
  });

  it("refuses a key without sk- in the documented shape when the endpoint is OpenAI's", () => {
    expect(refusal(() => openCallerApiKey(sealingKey.seal('pk-123SECRET'), sealingKey, OPENAI))).toEqual({
      code: status.UNAUTHENTICATED,
      error: 'Invalid API key format',
      detail: "API key must start with 'sk-'",
    });
  });

  it("passes a key of any form through to a server that is not OpenAI's", () => {
    expect(openCallerApiKey(sealingKey.seal('local-token'), sealingKey, LLAMA_CPP)).toBe('local-token');
  });

  it('refuses a key sealed with another secret, whatever the endpoint', () => {
    const foreign = SealingKey.parse(SealingKey.generate()).seal('sk-abcSECRET');
    const answer = refusal(() => openCallerApiKey(foreign, sealingKey, LLAMA_CPP));
    expect(answer).toMatchObject({ code: status.UNAUTHENTICATED, error: 'Invalid API key' });
    expect(JSON.stringify(answer)).not.toContain('SECRET');
  });
});

describe('modelApiKey', () => {
  it("requires a key for OpenAI's endpoint", () => {
    expect(refusal(() => modelApiKey(undefined, OPENAI))).toEqual({
      code: status.UNAUTHENTICATED,
      error: 'Missing API key',
      detail: 'api_key is required when the OpenAI planner runs',
    });
  });

  it('sends a stand-in to a server that may need none, and the caller\'s key when there is one', () => {
    expect(modelApiKey(undefined, LLAMA_CPP)).toBe('no-key');
    expect(modelApiKey('local-token', LLAMA_CPP)).toBe('local-token');
  });
});
