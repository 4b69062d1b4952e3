import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiTokens } from './api-tokens.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('ApiTokens', () => {
  it('is off when neither API_TOKENS nor API_TOKENS_FILE names a token', () => {
    expect(ApiTokens.load('', '').enabled).toBe(false);
    expect(ApiTokens.load(' , ,', '').enabled).toBe(false);
  });

  it('knows the tokens of the list and of the file, and owns each by its SHA-256', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'api-tokens-')), 'tokens');
    writeFileSync(file, '# the CI robot\nfrom-file-1\n\n  # indented comment\n from-file-2 \r\n');
    const tokens = ApiTokens.load('listed-1, listed-2', file);
    expect(tokens.enabled).toBe(true);
    for (const token of ['listed-1', 'listed-2', 'from-file-1', 'from-file-2']) expect(tokens.ownerOf(token)).toBe(sha256(token));
    for (const other of ['listed', 'listed-1 ', 'LISTED-1', '# the CI robot', '']) expect(tokens.ownerOf(other)).toBeUndefined();
  });

  it('refuses a token with a space inside, and a file it cannot read, without echoing tokens', () => {
    expect(() => ApiTokens.load('two words', '')).toThrow('API tokens must not contain spaces');
    expect(() => ApiTokens.load('', '/nonexistent/tokens')).toThrow('API_TOKENS_FILE /nonexistent/tokens cannot be read (ENOENT)');
  });
});
