import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ArtifactStore } from '../../artifacts/src/artifact-store.js';
import type { JobFile } from '../../proto/src/grpc-js/datagen/v1/job_service.js';

// Links to a job's files. A store that serves downloads itself (S3) gives a presigned URL; the
// gateway serves the others at
//   <public URL>/downloads/<artifact key>?expires=<unix seconds>&signature=<hex HMAC-SHA256>
// where the HMAC, keyed with DOWNLOAD_LINK_SECRET, covers the key and the expiry: a link opens
// one file until its time is up, and changing either refuses it.

export interface DownloadLinkOptions {
  // The gateway as clients reach it, without a trailing slash.
  readonly publicUrl: string;
  readonly secret: Buffer;
  readonly ttlSeconds: number;
}

export type LinkCheck = 'valid' | 'expired' | 'invalid';

export const DOWNLOADS_PATH = '/downloads/';
const SIGNATURE_PATTERN = /^[0-9a-f]{64}$/;
const EXPIRES_PATTERN = /^\d{1,12}$/;

export class DownloadLinkSigner {
  constructor(private readonly options: DownloadLinkOptions) {}

  // 32 bytes, written as SEALING_KEY is: 64 hex characters or base64.
  static parseSecret(text: string): Buffer {
    const secret = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
    if (secret.length !== 32) throw new Error('DOWNLOAD_LINK_SECRET must be 32 bytes, as 64 hex characters or base64');
    return secret;
  }

  // When a link made at `now` expires: the TTL later, to the second.
  expiry(now: Date): Date {
    return new Date((Math.floor(now.getTime() / 1000) + this.options.ttlSeconds) * 1000);
  }

  url(key: string, expiresAt: Date): string {
    const expires = String(Math.floor(expiresAt.getTime() / 1000));
    const path = key.split('/').map(encodeURIComponent).join('/');
    return `${this.options.publicUrl}${DOWNLOADS_PATH}${path}?expires=${expires}&signature=${this.signature(key, expires)}`;
  }

  // The signature is checked before the expiry, so an altered expiry reads as invalid.
  check(key: string, expires: unknown, signature: unknown, now = new Date()): LinkCheck {
    if (typeof expires !== 'string' || !EXPIRES_PATTERN.test(expires)) return 'invalid';
    if (typeof signature !== 'string' || !SIGNATURE_PATTERN.test(signature)) return 'invalid';
    if (!timingSafeEqual(Buffer.from(signature, 'hex'), Buffer.from(this.signature(key, expires), 'hex'))) return 'invalid';
    return Number(expires) * 1000 <= now.getTime() ? 'expired' : 'valid';
  }

  // Expiry first: it is digits only, so the first line break ends it whatever the key holds.
  private signature(key: string, expires: string): string {
    return createHmac('sha256', this.options.secret).update(`${expires}\n${key}`).digest('hex');
  }
}

// A fresh link to a job's file, valid for the TTL from `now`: the store's presigned URL when it
// has one, else one the gateway serves.
export async function downloadLink(file: JobFile, store: ArtifactStore, signer: DownloadLinkSigner, now = new Date()): Promise<string> {
  const expiresAt = signer.expiry(now);
  const direct = await store.directUrl(file.artifactKey, file.fileName, file.contentType, expiresAt);
  return direct ?? signer.url(file.artifactKey, expiresAt);
}
