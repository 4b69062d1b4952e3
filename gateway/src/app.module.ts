import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../libs/logging/src/logger.js';
import { ApiErrorFilter } from './errors/api-error.filter.js';
import { GATEWAY_CONFIG, type GatewayConfig } from './gateway.config.js';
import { GenerateController } from './generate/generate.controller.js';
import { GenerateService } from './generate/generate.service.js';
import { GenerationSlots } from './generate/generation-slots.js';
import { MemoryAdmission } from './generate/memory-admission.js';
import { HealthController } from './health/health.controller.js';
import { GatewayMetrics } from './metrics/gateway-metrics.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { UpstreamClients } from './grpc/upstream-clients.js';
import { PlanController } from './plans/plan.controller.js';
import { PlanRequests } from './plans/plan-requests.js';

@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
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
      ],
      controllers: [GenerateController, PlanController, HealthController, MetricsController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ApiErrorFilter },
        UpstreamClients,
        PlanRequests,
        GatewayMetrics,
        GenerationSlots,
        MemoryAdmission,
        GenerateService,
      ],
    };
  }
}
