import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createGatewayApp } from './gateway-app.js';
import { loadGatewayConfig } from './gateway.config.js';

const config = loadGatewayConfig();
const app = await createGatewayApp(config);
const logger = app.get(Logger);
app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
await app.listen(config.port, config.host);
logger.log(`gateway listening on http://${config.host}:${config.port}/api/generate`);
