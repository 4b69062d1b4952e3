import { num, str } from 'envalid';
import { DownloadLinkSigner, type DownloadLinkOptions } from './download-links.js';

// The settings of download links, read by the gateway (GET /api/jobs/{id}, downloads) and by
// the coordinator (webhook bodies), which must agree on them.
export const DOWNLOAD_LINK_SETTINGS = {
  PUBLIC_URL: str({
    default: '',
    desc: 'The gateway as clients reach it, the base of download links and status URLs (e.g. https://datagen.example.com); the gateway falls back to http://HOST:PORT.',
  }),
  DOWNLOAD_LINK_SECRET: str({ desc: 'Deployment secret that signs download links (32 bytes, hex or base64); the gateway and the coordinator share it.' }),
  DOWNLOAD_LINK_TTL: num({ default: 3600, desc: 'Seconds a download link stays valid; a fresh one comes with every GET /api/jobs/{id} and every webhook.' }),
};

export function downloadLinkOptions(env: { PUBLIC_URL: string; DOWNLOAD_LINK_SECRET: string; DOWNLOAD_LINK_TTL: number }, fallbackPublicUrl: string): DownloadLinkOptions {
  if (!Number.isInteger(env.DOWNLOAD_LINK_TTL) || env.DOWNLOAD_LINK_TTL < 1) throw new Error('DOWNLOAD_LINK_TTL must be a positive whole number of seconds');
  return {
    publicUrl: publicBaseUrl(env.PUBLIC_URL || fallbackPublicUrl),
    secret: DownloadLinkSigner.parseSecret(env.DOWNLOAD_LINK_SECRET),
    ttlSeconds: env.DOWNLOAD_LINK_TTL,
  };
}

// Links are this followed by /downloads/... or /api/jobs/...: a path prefix (a gateway behind a
// proxy at https://example.com/datagen) is kept, a trailing slash dropped.
function publicBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`PUBLIC_URL must be an http or https URL, got "${text}"`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new Error(`PUBLIC_URL must be an http or https URL without query or fragment, got "${text}"`);
  }
  return url.href.replace(/\/+$/, '');
}
