import compression from 'compression';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { serveOpenApi } from './docs/openapi.js';
import type { GatewayConfig } from './gateway.config.js';
import { COMPRESSION_OPTIONS } from './http/response-compression.js';
import { serveWebPage } from './web/serve-web-page.js';

// The gateway application, set up as main.ts serves it: also what in-process tests start.
export async function createGatewayApp(config: GatewayConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  // req.ip, the per-client rate limit's key, is then the client the trusted proxies name, not
  // the last proxy.
  app.set('trust proxy', config.trustProxy);
  app.useBodyParser('json', { limit: config.bodyLimit, strict: false });
  app.use(compression(COMPRESSION_OPTIONS));
  serveOpenApi(app);
  const logger = app.get(Logger);
  app.useLogger(logger);
  if (serveWebPage(app) === undefined) logger.warn('No web page build in dist/web: / answers 404 until `npm run build` has run');
  return app;
}
