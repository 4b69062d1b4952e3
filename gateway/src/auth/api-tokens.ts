import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The API tokens of a deployment, from API_TOKENS (comma-separated) and API_TOKENS_FILE (one
// per line, # comments). Only their SHA-256 digests are kept: a presented token is hashed and
// compared with each digest in constant time, so neither its length nor its first differing
// byte shows in the time taken. A token's digest, in hex, is also its owner label: what
// JobService is told, so jobs are kept apart by token without the token leaving the gateway.
export class ApiTokens {
  private constructor(private readonly digests: readonly Buffer[]) {}

  static load(list: string, file: string): ApiTokens {
    const tokens = [...list.split(','), ...(file === '' ? [] : tokenFileLines(file))].map((token) => token.trim()).filter((token) => token !== '');
    if (tokens.some((token) => /\s/.test(token))) throw new Error('API tokens must not contain spaces');
    return new ApiTokens([...new Set(tokens)].map(digest));
  }

  // Off when no token is configured: every route is open and every job has the empty owner.
  get enabled(): boolean {
    return this.digests.length > 0;
  }

  // The owner label of a configured token; undefined for any other.
  ownerOf(token: string): string | undefined {
    const presented = digest(token);
    let match: Buffer | undefined;
    for (const known of this.digests) {
      if (timingSafeEqual(presented, known)) match = known;
    }
    return match?.toString('hex');
  }
}

function tokenFileLines(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`API_TOKENS_FILE ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  return text.split(/\r?\n/).filter((line) => !line.trimStart().startsWith('#'));
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
