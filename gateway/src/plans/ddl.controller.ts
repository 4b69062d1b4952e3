import { Body, Controller, HttpCode, Inject, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { SQL_DIALECT_BY_NAME } from '../../../libs/api/src/output-enums.js';
import { DEFAULT_SQL_DIALECT, type SqlDialectName } from '../../../libs/api/src/request-limits.js';
import { ErrorDoc, PayloadErrorDoc } from '../docs/response-schemas.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';
import { UpstreamClients } from '../grpc/upstream-clients.js';
import { clientGoneSignal } from '../http/client-gone-signal.js';
import { DdlRequestDto } from '../request/ddl-request.dto.js';
import { validateDdlRequest } from '../request/validate-ddl-request.js';
import { PlanRequests } from './plan-requests.js';
import { tableDefinitions } from './table-definitions.js';

@Controller('api')
@UseGuards(ThrottlerGuard)
@ApiBearerAuth()
export class DdlController {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly plans: PlanRequests,
    private readonly clients: UpstreamClients,
  ) {}

  // The schema the SQL output of the same plan, dialect, reality and defect_rates creates, to
  // load first and fill with that output's data-only script (sql_ddl: false).
  @Post('ddl')
  @HttpCode(200)
  @ApiBody({ type: DdlRequestDto })
  @ApiOkResponse({
    description:
      '{"success": true, "sql_dialect": "postgres", "ddl": "CREATE TABLE ...;\\n..."}: the CREATE TABLE statements of the SQL output, ' +
      'each table after the tables it references',
  })
  @ApiResponse({ status: 400, type: PayloadErrorDoc })
  @ApiResponse({ status: 401, type: ErrorDoc })
  async ddl(@Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<{ success: true; sql_dialect: SqlDialectName; ddl: string }> {
    const request = validateDdlRequest(body);
    const gone = clientGoneSignal(response);
    const plan = await this.plans.plan(request, new Date(Date.now() + this.config.planTimeoutMs), gone);
    const dialect = request.sql_dialect ?? DEFAULT_SQL_DIALECT;
    const ddl = await tableDefinitions(
      this.clients.generator,
      { plan, sqlDialect: SQL_DIALECT_BY_NAME[dialect], defectRates: request.defect_rates ?? {} },
      new Date(Date.now() + this.config.requestTimeoutMs),
      gone,
    );
    return { success: true, sql_dialect: dialect, ddl };
  }
}
