import { describe, expect, it } from 'vitest';
import { SealingKey } from './sealed-secret.js';

describe('SealingKey', () => {
  const key = SealingKey.parse(SealingKey.generate());

  it('opens what it sealed', () => {
    expect(key.unseal(key.seal('sk-test-1234'))).toBe('sk-test-1234');
  });

  it('never shows the secret in the sealed bytes', () => {
    expect(key.seal('sk-visible-secret').toString('latin1')).not.toContain('sk-visible');
  });

  it('refuses a box sealed with another key', () => {
    const other = SealingKey.parse(SealingKey.generate());
    expect(() => other.unseal(key.seal('sk-x'))).toThrow();
  });

  it('refuses a tampered box', () => {
    const box = key.seal('sk-abcdef');
    box[box.length - 1] ^= 1;
    expect(() => key.unseal(box)).toThrow();
  });

  it('accepts a base64 key and refuses a short one', () => {
    expect(() => SealingKey.parse(Buffer.alloc(32, 7).toString('base64'))).not.toThrow();
    expect(() => SealingKey.parse('abcd')).toThrow(/32 bytes/);
  });
});
