import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// The caller's OpenAI key travels gateway → planner sealed with the deployment secret
// (AES-256-GCM: confidential and tamper-evident), so it is never readable on the wire or in
// a captured request. Layout: 12-byte nonce | 16-byte tag | ciphertext.
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class SealingKey {
  private constructor(private readonly key: Buffer) {}

  // Accepts 32 bytes as 64 hex characters or as base64.
  static parse(text: string): SealingKey {
    const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
    if (key.length !== 32) throw new Error('SEALING_KEY must be 32 bytes, as 64 hex characters or base64');
    return new SealingKey(key);
  }

  static generate(): string {
    return randomBytes(32).toString('hex');
  }

  seal(secret: string): Buffer {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([nonce, cipher.getAuthTag(), ciphertext]);
  }

  // Throws when the box was not sealed with this key or was altered.
  unseal(box: Uint8Array): string {
    const bytes = Buffer.from(box);
    if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new Error('sealed secret is too short');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, NONCE_BYTES));
    decipher.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}
