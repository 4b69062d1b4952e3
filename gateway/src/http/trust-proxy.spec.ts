import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from './trust-proxy.js';

describe('parseTrustProxy', () => {
  it.each([
    ['false', false],
    ['true', true],
    ['0', 0],
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
    ['10.0.0.0/8, 192.168.0.0/255.255.0.0', ['10.0.0.0/8', '192.168.0.0/255.255.0.0']],
    ['fc00::/7,loopback , uniquelocal', ['fc00::/7', 'loopback', 'uniquelocal']],
  ])('reads %j as Express reads it', (text, expected) => {
    expect(parseTrustProxy(text)).toEqual(expected);
  });

  it.each([
    ['', /invalid IP address/],
    ['yes', /invalid IP address: yes/],
    ['300.1.1.1', /invalid IP address: 300\.1\.1\.1/],
    ['10.0.0.0/33', /invalid range on address: 10\.0\.0\.0\/33/],
    ['10.0.0.0/0', /invalid range/],
    ['10.0.0.0/255.0.255.0', /invalid range/],
    ['10.0.0.1,,10.0.0.2', /invalid IP address/],
    ['-1', /invalid IP address: -1/],
    ['99999999999999999999', /too large/],
  ])('refuses %j with the reason', (text, reason) => {
    expect(() => parseTrustProxy(text)).toThrow(/must be true, false, a hop count or comma-separated addresses\/subnets/);
    expect(() => parseTrustProxy(text)).toThrow(reason);
  });
});
