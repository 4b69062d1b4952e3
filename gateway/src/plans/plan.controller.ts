import { Body, Controller, HttpCode, Inject, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { ErrorDoc, PayloadErrorDoc } from '../docs/response-schemas.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';
import { clientGoneSignal } from '../http/client-gone-signal.js';
import { GenerateRequestDto } from '../request/generate-request.dto.js';
import { validateGenerateRequest } from '../request/validate-generate-request.js';
import { planToJson } from './plan-json.js';
import { PlanRequests } from './plan-requests.js';

@Controller('api')
@UseGuards(ThrottlerGuard)
@ApiBearerAuth()
export class PlanController {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly plans: PlanRequests,
  ) {}

  // The plan alone, as an artefact: keep it, edit it, and send it back to /api/generate as
  // `plan` with a `seed` to get the same bytes with no model call.
  @Post('plan')
  @HttpCode(200)
  @ApiBody({ type: GenerateRequestDto })
  @ApiOkResponse({ description: '{"success": true, "plan": {...}}: datasets, fields, generators, relations, seed' })
  @ApiResponse({ status: 400, type: PayloadErrorDoc })
  @ApiResponse({ status: 401, type: ErrorDoc })
  async plan(@Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<{ success: true; plan: Record<string, unknown> }> {
    const request = validateGenerateRequest(body);
    const plan = await this.plans.plan(request, new Date(Date.now() + this.config.planTimeoutMs), clientGoneSignal(response));
    return { success: true, plan: planToJson(plan) };
  }
}
