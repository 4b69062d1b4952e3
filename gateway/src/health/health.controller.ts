import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { checkServing } from '../../../libs/grpc/src/health-client.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';

@Controller()
export class HealthController {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  // Liveness: the process answers HTTP.
  @Get('healthz')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  // Readiness: both upstreams report SERVING over grpc.health.v1.
  @Get('readyz')
  async ready(@Res() response: Response): Promise<void> {
    const [planner, generator] = await Promise.all([
      checkServing(this.config.plannerAddress),
      checkServing(this.config.generatorAddress),
    ]);
    const ready = planner && generator;
    response.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not ready',
      planner: planner ? 'SERVING' : 'NOT_SERVING',
      generator: generator ? 'SERVING' : 'NOT_SERVING',
    });
  }
}
