import { ExpressAdapter } from '@nestjs/platform-express';

// Express's `trust proxy` setting, read from TRUST_PROXY: which hops in front of the gateway may
// tell it the client's address (X-Forwarded-For). `req.ip`, and so the per-client rate limit,
// follows it. The forms are Express's own:
//   false                  nothing is trusted: the connecting address is the client (default)
//   true                   every hop is trusted, so a client can claim any address; only behind
//                          a proxy that overwrites X-Forwarded-For
//   a whole number n       the n hops nearest the gateway are proxies
//   addresses and subnets  hops from these are proxies: comma-separated, e.g.
//                          "10.0.0.0/8, fc00::/7", or Express's names loopback, linklocal,
//                          uniquelocal
export type TrustProxy = boolean | number | string[];

const FORMS = 'must be true, false, a hop count or comma-separated addresses/subnets';

export function parseTrustProxy(text: string): TrustProxy {
  const value = text.trim();
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (!Number.isSafeInteger(hops)) throw new Error(`${FORMS} (hop count ${value} is too large)`);
    return hops;
  }
  const ranges = value.split(',').map((range) => range.trim());
  // Express compiles the setting as it is set and throws on an address or subnet it cannot
  // read, so what passes here is exactly what the gateway's Express accepts.
  try {
    new ExpressAdapter().set('trust proxy', ranges);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${FORMS} (${reason})`, { cause: error });
  }
  return ranges;
}
