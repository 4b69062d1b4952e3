import { describe, expect, it } from 'vitest';
import { DownloadLinkSigner } from './download-links.js';

const SECRET = Buffer.alloc(32, 7);
const signer = new DownloadLinkSigner({ publicUrl: 'https://datagen.example', secret: SECRET, ttlSeconds: 3600 });
const NOW = new Date('2026-03-01T10:00:00.600Z');
const KEY = 'jobs/0f1e/orders report #1.csv';

// What the download route receives: the key from the path, the two query parameters.
function parts(url: string) {
  const parsed = new URL(url);
  const key = parsed.pathname.slice('/downloads/'.length).split('/').map(decodeURIComponent).join('/');
  return { key, expires: parsed.searchParams.get('expires') ?? undefined, signature: parsed.searchParams.get('signature') ?? undefined };
}

describe('DownloadLinkSigner', () => {
  it('makes a link below the public URL that expires the TTL later, to the second, and opens its file until then', () => {
    const url = signer.url(KEY, signer.expiry(NOW));
    expect(url).toMatch(/^https:\/\/datagen\.example\/downloads\/jobs\/0f1e\/orders%20report%20%231\.csv\?expires=1772362800&signature=[0-9a-f]{64}$/);
    const { key, expires, signature } = parts(url);
    expect(key).toBe(KEY);
    expect(signer.check(key, expires, signature, NOW)).toBe('valid');
    expect(signer.check(key, expires, signature, new Date('2026-03-01T10:59:59.999Z'))).toBe('valid');
  });

  it('refuses a link once it has expired', () => {
    const { key, expires, signature } = parts(signer.url(KEY, signer.expiry(NOW)));
    expect(signer.check(key, expires, signature, new Date('2026-03-01T11:00:00Z'))).toBe('expired');
  });

  it('refuses a link whose key, expiry or signature was changed', () => {
    const { key, expires, signature } = parts(signer.url(KEY, signer.expiry(NOW)));
    expect(signer.check('jobs/0f1e/customers.csv', expires, signature, NOW)).toBe('invalid');
    expect(signer.check(key, String(Number(expires) + 3600), signature, NOW)).toBe('invalid');
    const flipped = (signature![0] === '0' ? '1' : '0') + signature!.slice(1);
    expect(signer.check(key, expires, flipped, NOW)).toBe('invalid');
    expect(signer.check(key, expires, signature!.toUpperCase(), NOW)).toBe('invalid');
    expect(signer.check(key, expires, signature!.slice(2), NOW)).toBe('invalid');
    expect(signer.check(key, undefined, signature, NOW)).toBe('invalid');
    expect(signer.check(key, expires, undefined, NOW)).toBe('invalid');
    expect(signer.check(key, [expires], signature, NOW)).toBe('invalid');
  });

  it('refuses a link signed with another secret', () => {
    const other = new DownloadLinkSigner({ publicUrl: 'https://datagen.example', secret: Buffer.alloc(32, 8), ttlSeconds: 3600 });
    const { key, expires, signature } = parts(other.url(KEY, other.expiry(NOW)));
    expect(signer.check(key, expires, signature, NOW)).toBe('invalid');
  });

  it('reads the secret as SEALING_KEY is written, and refuses one that is not 32 bytes', () => {
    expect(DownloadLinkSigner.parseSecret(SECRET.toString('hex'))).toEqual(SECRET);
    expect(DownloadLinkSigner.parseSecret(SECRET.toString('base64'))).toEqual(SECRET);
    expect(() => DownloadLinkSigner.parseSecret('too short')).toThrow('DOWNLOAD_LINK_SECRET must be 32 bytes, as 64 hex characters or base64');
  });
});
