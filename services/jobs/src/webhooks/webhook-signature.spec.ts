import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './webhook-signature.js';

const SECRET = 'whsec-test-secret-0123456789abcdef';
const BODY = '{"event":"job.completed","job":{"job_id":"j1"}}';
const AT = 1_700_000_000;
const NOW = new Date(AT * 1000);

describe('signWebhook', () => {
  it('signs "<t>.<raw body>" with HMAC-SHA256 in hex (the value openssl dgst -sha256 -hmac gives)', () => {
    expect(signWebhook(SECRET, AT, BODY)).toBe('t=1700000000,v1=6549e2fa1a2ba4e485310564194ac9aac6bc824ba712da9c25a5cc5e3d691683');
  });

  it('signs bytes and their text alike', () => {
    expect(signWebhook(SECRET, AT, Buffer.from(BODY))).toBe(signWebhook(SECRET, AT, BODY));
  });
});

describe('verifyWebhook', () => {
  const header = signWebhook(SECRET, AT, BODY);

  it('accepts its own signature within the tolerance', () => {
    expect(verifyWebhook(SECRET, header, BODY, NOW)).toBe(true);
    expect(verifyWebhook(SECRET, header, BODY, new Date((AT + 300) * 1000))).toBe(true);
  });

  it('refuses another body, another secret, or another time', () => {
    expect(verifyWebhook(SECRET, header, BODY.replace('j1', 'j2'), NOW)).toBe(false);
    expect(verifyWebhook(`${SECRET}x`, header, BODY, NOW)).toBe(false);
    expect(verifyWebhook(SECRET, header.replace('t=1700000000', 't=1700000001'), BODY, NOW)).toBe(false);
  });

  it('refuses a signature older or newer than the tolerance, against replays', () => {
    expect(verifyWebhook(SECRET, header, BODY, new Date((AT + 301) * 1000))).toBe(false);
    expect(verifyWebhook(SECRET, header, BODY, new Date((AT - 301) * 1000))).toBe(false);
  });

  it('refuses a malformed header', () => {
    for (const bad of ['', 'v1=abc', `t=${AT}`, `t=${AT},v1=${'0'.repeat(63)}`, `t=x,${header.split(',')[1]}`]) {
      expect(verifyWebhook(SECRET, bad, BODY, NOW)).toBe(false);
    }
  });
});
