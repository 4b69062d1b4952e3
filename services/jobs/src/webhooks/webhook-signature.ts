import { createHmac, timingSafeEqual } from 'node:crypto';

// X-DataGen-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">, keyed with
// WEBHOOK_SIGNING_SECRET (Stripe's scheme). The time inside the signed text lets a receiver
// refuse an old delivery replayed by someone who captured it. A receiver verifies the raw
// bytes it received, before parsing them, e.g. in Node:
//
//   const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(req.headers['x-datagen-signature'] ?? '') ?? [];
//   const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
//   const genuine = v1 !== undefined && Math.abs(Date.now() / 1000 - Number(t)) <= 300 &&
//     timingSafeEqual(expected, Buffer.from(v1, 'hex'));
export const WEBHOOK_SIGNATURE_HEADER = 'X-DataGen-Signature';

// How far from the receiver's clock a signature's time may be.
export const WEBHOOK_SIGNATURE_TOLERANCE_SECONDS = 300;

const SIGNATURE = /^t=(\d+),v1=([0-9a-f]{64})$/;

export function signWebhook(secret: string, timestamp: number, rawBody: string | Uint8Array): string {
  return `t=${timestamp},v1=${digest(secret, timestamp, rawBody).toString('hex')}`;
}

// True when `header` signs `rawBody` with `secret` at a time within the tolerance of `now`.
export function verifyWebhook(
  secret: string,
  header: string,
  rawBody: string | Uint8Array,
  now: Date = new Date(),
  toleranceSeconds: number = WEBHOOK_SIGNATURE_TOLERANCE_SECONDS,
): boolean {
  const match = SIGNATURE.exec(header);
  if (match === null) return false;
  const timestamp = Number(match[1]);
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  return timingSafeEqual(digest(secret, timestamp, rawBody), Buffer.from(match[2], 'hex'));
}

function digest(secret: string, timestamp: number, rawBody: string | Uint8Array): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();
}
