import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { loadGatewayConfig } from './gateway.config.js';

const config = loadGatewayConfig();
const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
  bufferLogs: true,
  bodyParser: false,
});
app.useBodyParser('json', { limit: config.bodyLimit, strict: false });
const logger = app.get(Logger);
app.useLogger(logger);
app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
await app.listen(config.port, config.host);
logger.log(`gateway listening on http://${config.host}:${config.port}/api/generate`);
