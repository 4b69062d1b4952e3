import type { LookupAddress } from 'node:dns';
import { createServer, request, type Server } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinnedLookup, resolveWebhookTarget, webhookAddressProblem, type HostLookup } from './webhook-address.js';

// One address of every refused class, with the words the refusal names it by.
const REFUSED: ReadonlyArray<readonly [string, string]> = [
  ['0.0.0.0', 'an unspecified address'],
  ['::', 'an unspecified address'],
  ['127.0.0.1', 'a loopback address'],
  ['127.45.6.7', 'a loopback address'],
  ['::1', 'a loopback address'],
  ['10.20.30.40', 'a private address'],
  ['172.16.0.1', 'a private address'],
  ['172.31.255.254', 'a private address'],
  ['192.168.1.10', 'a private address'],
  ['100.64.0.1', 'a CGNAT shared space address'],
  ['100.127.255.254', 'a CGNAT shared space address'],
  ['169.254.169.254', 'a link-local address'],
  ['fe80::1', 'a link-local address'],
  ['fc00::1', 'a unique local address'],
  ['fd12:3456::1', 'a unique local address'],
  ['224.0.0.251', 'a multicast address'],
  ['239.255.255.250', 'a multicast address'],
  ['ff02::1', 'a multicast address'],
  ['255.255.255.255', 'a reserved address'],
  ['::ffff:127.0.0.1', 'an IPv4-mapped loopback address'],
  ['::ffff:10.0.0.1', 'an IPv4-mapped private address'],
  ['::ffff:169.254.169.254', 'an IPv4-mapped link-local address'],
  ['::ffff:100.64.0.1', 'an IPv4-mapped CGNAT shared space address'],
];

const PUBLIC = ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '169.255.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'];

function urlOf(address: string): string {
  return isIP(address) === 6 ? `http://[${address}]:8080/hook` : `http://${address}:8080/hook`;
}

// Stands in for a name server that answers each name with the given addresses, for the classes
// no name on this machine resolves to ('localhost' is asked of the real resolver below).
function answering(table: Record<string, readonly string[]>): HostLookup {
  return async (host) => {
    const addresses = table[host];
    if (addresses === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: isIP(address) }));
  };
}

describe('webhookAddressProblem', () => {
  it.each(REFUSED)('refuses the literal address %s as %s', async (address, refusedClass) => {
    const problem = await webhookAddressProblem(urlOf(address), false);
    expect(problem).toContain(refusedClass);
    expect(problem).toContain('WEBHOOK_ALLOW_PRIVATE_NETWORKS=true');
  });

  it.each(REFUSED)('refuses a name that resolves to %s as %s, naming the address', async (address, refusedClass) => {
    const problem = await webhookAddressProblem('https://hooks.example.test/in', false, answering({ 'hooks.example.test': [address] }));
    expect(problem).toBe(
      `webhook_url's host hooks.example.test resolves to ${address}, ${refusedClass}; webhooks to such addresses are refused unless WEBHOOK_ALLOW_PRIVATE_NETWORKS=true`,
    );
  });

  it('refuses localhost, which the system resolver answers with a loopback address', async () => {
    expect(await webhookAddressProblem('http://localhost:9000/hook', false)).toMatch(
      /^webhook_url's host localhost resolves to (127\.0\.0\.1|::1), a loopback address;/,
    );
  });

  it('refuses the other spellings of 127.0.0.1 that URLs accept', async () => {
    for (const url of ['http://2130706433/', 'http://0x7f.1/', 'http://127.1/', 'http://[::ffff:7f00:1]/']) {
      expect(await webhookAddressProblem(url, false)).toContain('loopback address');
    }
  });

  it('refuses a name when any one of its addresses is refused', async () => {
    const lookup = answering({ 'mixed.example.test': ['93.184.216.34', '10.0.0.7'] });
    expect(await webhookAddressProblem('https://mixed.example.test/', false, lookup)).toContain('resolves to 10.0.0.7, a private address');
  });

  it.each(PUBLIC)('accepts the public address %s', async (address) => {
    expect(await webhookAddressProblem(urlOf(address), false)).toBeUndefined();
  });

  it('accepts a name whose addresses are all public', async () => {
    const lookup = answering({ 'hooks.example.test': ['93.184.216.34', '2606:2800:220:1::248'] });
    expect(await webhookAddressProblem('https://hooks.example.test/in', false, lookup)).toBeUndefined();
  });

  it('accepts loopback, private and link-local addresses when private networks are allowed', async () => {
    expect(await webhookAddressProblem('http://localhost:9000/hook', true)).toBeUndefined();
    for (const [address] of REFUSED) expect(await webhookAddressProblem(urlOf(address), true)).toBeUndefined();
  });

  it('refuses what is not an http or https URL', async () => {
    expect(await webhookAddressProblem('not a url', true)).toBe('webhook_url must be an absolute http or https URL');
    for (const url of ['ftp://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'ws://example.com/']) {
      expect(await webhookAddressProblem(url, true)).toBe('webhook_url must be an http or https URL');
    }
  });

  it('refuses credentials in the URL without repeating them', async () => {
    for (const url of ['https://user:s3cret@93.184.216.34/', 'https://user@93.184.216.34/']) {
      const problem = await webhookAddressProblem(url, true);
      expect(problem).toBe('webhook_url must not hold a user name or password');
    }
  });

  it('refuses a host that does not resolve', async () => {
    expect(await webhookAddressProblem('https://nowhere.invalid/hook', true)).toBe("webhook_url's host nowhere.invalid does not resolve");
  });
});

describe('pinnedLookup', () => {
  let receiver: Server;
  let port: number;

  beforeAll(async () => {
    receiver = createServer((req, res) => res.end(`reached ${req.socket.localAddress}`));
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('connects to the checked address without asking DNS again', async () => {
    // The system resolver knows no such name: only the pinned address can have been used.
    const target = await resolveWebhookTarget(`http://receiver.example.test:${port}/`, true, answering({ 'receiver.example.test': ['127.0.0.1'] }));
    if (!target.ok) throw new Error(target.problem);
    const text = await new Promise<string>((resolve, reject) => {
      const req = request(target.url, { lookup: pinnedLookup(target.addresses), agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve(body));
      });
      req.on('error', reject).end();
    });
    expect(text).toBe('reached 127.0.0.1');
  });

  it('answers one address, all of them, or those of the family asked for', () => {
    const addresses: LookupAddress[] = [
      { address: '2606:4700:4700::1111', family: 6 },
      { address: '93.184.216.34', family: 4 },
    ];
    const lookup = pinnedLookup(addresses);
    const answers: unknown[] = [];
    lookup('hooks.example.test', {}, (error, address, family) => answers.push([error, address, family]));
    lookup('hooks.example.test', { all: true }, (error, address) => answers.push([error, address]));
    lookup('hooks.example.test', { family: 4 }, (error, address, family) => answers.push([error, address, family]));
    lookup('hooks.example.test', { family: 'IPv6', all: true }, (error, address) => answers.push([error, address]));
    expect(answers).toEqual([
      [null, '2606:4700:4700::1111', 6],
      [null, addresses],
      [null, '93.184.216.34', 4],
      [null, [addresses[0]]],
    ]);
  });

  it('fails with ENOTFOUND for a family no checked address has', () => {
    let failure: NodeJS.ErrnoException | null = null;
    pinnedLookup([{ address: '93.184.216.34', family: 4 }])('hooks.example.test', { family: 6 }, (error) => (failure = error));
    expect(failure).toMatchObject({ code: 'ENOTFOUND' });
  });
});
