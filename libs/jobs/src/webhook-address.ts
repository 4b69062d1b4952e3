import { promises as dns, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

// A webhook is a request our servers make to an address a caller chose, so without a check
// a caller could make them reach what only they can reach: a metadata service, a database
// port, an admin page on the cluster network. The gateway checks webhook_url when the job is
// created and the coordinator checks it again at every delivery, since DNS can change; the
// delivery then connects only to the addresses it checked (pinnedLookup), so a name that
// resolves differently a moment later cannot slip through.

interface RefusedRange {
  readonly network: string;
  readonly prefix: number;
  readonly type: 'ipv4' | 'ipv6';
}

// Each class named as the refusal says it. A BlockList with IPv4 ranges also matches their
// IPv4-mapped IPv6 forms (::ffff:127.0.0.1), so those are refused by the same rule.
const REFUSED_RANGES: ReadonlyArray<{ readonly name: string; readonly ranges: readonly RefusedRange[] }> = [
  {
    name: 'an unspecified',
    ranges: [
      { network: '0.0.0.0', prefix: 8, type: 'ipv4' },
      { network: '::', prefix: 128, type: 'ipv6' },
    ],
  },
  {
    name: 'a loopback',
    ranges: [
      { network: '127.0.0.0', prefix: 8, type: 'ipv4' },
      { network: '::1', prefix: 128, type: 'ipv6' },
    ],
  },
  {
    name: 'a private',
    ranges: [
      { network: '10.0.0.0', prefix: 8, type: 'ipv4' },
      { network: '172.16.0.0', prefix: 12, type: 'ipv4' },
      { network: '192.168.0.0', prefix: 16, type: 'ipv4' },
    ],
  },
  { name: 'a CGNAT shared space', ranges: [{ network: '100.64.0.0', prefix: 10, type: 'ipv4' }] },
  {
    name: 'a link-local',
    ranges: [
      { network: '169.254.0.0', prefix: 16, type: 'ipv4' },
      { network: 'fe80::', prefix: 10, type: 'ipv6' },
    ],
  },
  { name: 'a unique local', ranges: [{ network: 'fc00::', prefix: 7, type: 'ipv6' }] },
  {
    name: 'a multicast',
    ranges: [
      { network: '224.0.0.0', prefix: 4, type: 'ipv4' },
      { network: 'ff00::', prefix: 8, type: 'ipv6' },
    ],
  },
  // 240.0.0.0/4 holds the broadcast address; nothing public lives there.
  { name: 'a reserved', ranges: [{ network: '240.0.0.0', prefix: 4, type: 'ipv4' }] },
];
const REFUSED_CLASSES = REFUSED_RANGES.map(({ name, ranges }) => ({ name, list: blockList(ranges) }));

const IPV4_MAPPED = blockList([{ network: '::ffff:0:0', prefix: 96, type: 'ipv6' }]);

const PRIVATE_NETWORKS_HINT = 'webhooks to such addresses are refused unless WEBHOOK_ALLOW_PRIVATE_NETWORKS=true';

// Resolves a host name to every address it has. The system resolver (getaddrinfo: /etc/hosts,
// then DNS) is what a connection would use; tests hand in their own answers.
export type HostLookup = (host: string) => Promise<readonly LookupAddress[]>;

export const systemLookup: HostLookup = (host) => dns.lookup(host, { all: true, verbatim: true });

export type WebhookTarget =
  | { readonly ok: true; readonly url: URL; readonly addresses: readonly LookupAddress[] }
  | { readonly ok: false; readonly problem: string };

// Parses webhook_url and resolves its host; every address it resolves to must be allowed,
// or a client connecting to any of them (Happy Eyeballs tries several) could be misled.
export async function resolveWebhookTarget(
  url: string,
  allowPrivateNetworks: boolean,
  lookup: HostLookup = systemLookup,
): Promise<WebhookTarget> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, problem: 'webhook_url must be an absolute http or https URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, problem: 'webhook_url must be an http or https URL' };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, problem: 'webhook_url must not hold a user name or password' };
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = await resolve(host, lookup);
  if (addresses === undefined) return { ok: false, problem: `webhook_url's host ${host} does not resolve` };
  if (!allowPrivateNetworks) {
    for (const { address, family } of addresses) {
      const refusedClass = refusedClassOf(address, family);
      if (refusedClass === undefined) continue;
      const what = address === host ? `webhook_url's host ${host} is` : `webhook_url's host ${host} resolves to ${address},`;
      return { ok: false, problem: `${what} ${refusedClass} address; ${PRIVATE_NETWORKS_HINT}` };
    }
  }
  return { ok: true, url: parsed, addresses };
}

// Undefined when webhook_url may be used, else a sentence for the request's list of issues.
export async function webhookAddressProblem(
  url: string,
  allowPrivateNetworks: boolean,
  lookup: HostLookup = systemLookup,
): Promise<string | undefined> {
  const target = await resolveWebhookTarget(url, allowPrivateNetworks, lookup);
  return target.ok ? undefined : target.problem;
}

// A `lookup` for http.request / https.request that answers with the addresses already
// checked instead of asking DNS again. (A literal IP host is never looked up: it is the
// address that was checked.)
export function pinnedLookup(addresses: readonly LookupAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const wanted = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const matching = addresses.filter(({ family }) => !wanted || wanted === family);
    if (matching.length === 0) {
      const error: NodeJS.ErrnoException = new Error(`${hostname} has no checked address of family ${wanted}`);
      error.code = 'ENOTFOUND';
      callback(error, '', 0);
    } else if (options.all) {
      callback(null, matching);
    } else {
      callback(null, matching[0].address, matching[0].family);
    }
  };
}

function refusedClassOf(address: string, family: number): string | undefined {
  const type = family === 6 ? 'ipv6' : 'ipv4';
  const refused = REFUSED_CLASSES.find(({ list }) => list.check(address, type));
  if (refused === undefined) return undefined;
  return type === 'ipv6' && IPV4_MAPPED.check(address, 'ipv6') ? `an IPv4-mapped ${refused.name.replace(/^an? /, '')}` : refused.name;
}

async function resolve(host: string, lookup: HostLookup): Promise<readonly LookupAddress[] | undefined> {
  const family = isIP(host);
  if (family !== 0) return [{ address: host, family }];
  try {
    const addresses = await lookup(host);
    return addresses.length > 0 ? addresses : undefined;
  } catch {
    return undefined;
  }
}

function blockList(ranges: readonly RefusedRange[]): BlockList {
  const list = new BlockList();
  for (const { network, prefix, type } of ranges) list.addSubnet(network, prefix, type);
  return list;
}
