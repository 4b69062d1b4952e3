import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The page is served from the same origin as the API it calls, so it needs no CORS, and it
// loads nothing from elsewhere: the policy below lets it reach only this server.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Vite names every asset by a hash of its content: a changed file is a new name.
const IMMUTABLE = 'public, max-age=31536000, immutable';

// Serves the page `npm run build` writes to dist/web at `/`. Returns the folder, or undefined
// when there is no build (the API works without it; `/` is then a 404).
export function serveWebPage(app: NestExpressApplication): string | undefined {
  const root = findWebBuild();
  if (root === undefined) return undefined;
  app.useStaticAssets(root, {
    index: 'index.html',
    setHeaders: (response: ServerResponse, path: string) => {
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.setHeader('Referrer-Policy', 'no-referrer');
      if (path.endsWith('.html')) {
        response.setHeader('Cache-Control', 'no-cache');
        response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      } else {
        response.setHeader('Cache-Control', IMMUTABLE);
      }
    },
  });
  return root;
}

// dist/web above this file: the repository's when run from source, the image's in a container.
function findWebBuild(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'dist', 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
