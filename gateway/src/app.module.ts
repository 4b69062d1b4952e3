import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../libs/logging/src/logger.js';
import { AuthModule } from './auth/auth.module.js';
import { DownloadsModule } from './downloads/downloads.module.js';
import { ApiErrorFilter } from './errors/api-error.filter.js';
import { GatewayConfigModule } from './gateway-config.module.js';
import type { GatewayConfig } from './gateway.config.js';
import { GenerateModule } from './generate/generate.module.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { PlansModule } from './plans/plans.module.js';

@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        GatewayConfigModule.register(config),
        ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: config.limits.ratePerMinute }]),
        LoggerModule.forRoot({
          pinoHttp: {
            logger: createLogger('gateway'),
            autoLogging: { ignore: (request) => ['/healthz', '/readyz', '/metrics'].includes(request.url ?? '') },
            genReqId: (request, response) => {
              const id = (request.headers['x-request-id'] as string | undefined) ?? randomUUID();
              response.setHeader('x-request-id', id);
              return id;
            },
          },
        }),
        AuthModule,
        GenerateModule,
        PlansModule,
        JobsModule,
        DownloadsModule,
        HealthModule,
        MetricsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiErrorFilter }],
    };
  }
}
