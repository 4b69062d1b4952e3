import { Inject, Injectable } from '@nestjs/common';
import { status } from '@grpc/grpc-js';
import { randomInt } from 'node:crypto';
import type { Plan } from '../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { CreatePlanRequest } from '../../../libs/proto/src/nest/datagen/v1/planner_service.js';
import { MAX_SEED, MIN_SEED, PICKED_SEED_BOUND } from '../../../libs/api/src/request-limits.js';
import { rpcError } from '../../../libs/grpc/src/status-details.js';
import { BuiltinPlanner } from './builtin/builtin-planner.js';
import { openCallerApiKey } from './openai/api-key.js';
import { OpenAiPlanner } from './openai/openai-planner.js';
import { PLANNER_CONFIG, type PlannerConfig } from './planner.config.js';
import { PayloadViolation } from './rules/payload-violation.js';
import type { PlanningRequest } from './rules/planning-request.js';
import { checkGivenPlan } from './rules/given-plan.js';
import { settleLocale } from './locale/plan-locale.js';
import { planFromSchema } from './schema/schema-planner.js';
import { SQL_DIALECTS, type SqlDialectName } from '../../../libs/api/src/request-limits.js';

// Turns a CreatePlan call into a plan: reads the optional fields, picks a seed when none was
// given, runs the configured planner (PLANNER_KIND), or checks the plan the caller brought,
// and maps refusals onto gRPC statuses.
// Nothing here logs a request: it carries the sealed key.
@Injectable()
export class PlanningService {
  private readonly builtin = new BuiltinPlanner();
  private readonly openai: OpenAiPlanner | undefined;

  constructor(@Inject(PLANNER_CONFIG) private readonly config: PlannerConfig) {
    this.openai = config.kind === 'openai' ? new OpenAiPlanner(config.openai) : undefined;
  }

  async createPlan(request: CreatePlanRequest, signal?: AbortSignal): Promise<Plan> {
    // Refused in the documented shape whichever way the plan is made, as the API document
    // promises for any api_key given.
    const apiKey = openCallerApiKey(request.sealedApiKey, this.config.sealingKey, this.config.openai.baseURL);
    const planning = this.toPlanningRequest(request);
    try {
      // A plan brought back keeps its locale: its prompt is not read again.
      return settleLocale(await this.plan(request, planning, apiKey, signal), request.locale ?? '', request.plan ? '' : planning.prompt);
    } catch (error) {
      if (error instanceof PayloadViolation) {
        throw rpcError(status.INVALID_ARGUMENT, {
          error: 'Invalid request payload',
          detail: error.issues.join('; '),
          violation: { issues: error.issues, suggestions: error.suggestions },
        });
      }
      throw error;
    }
  }

  private async plan(request: CreatePlanRequest, planning: PlanningRequest, apiKey: string | undefined, signal?: AbortSignal): Promise<Plan> {
    if (request.plan) return checkGivenPlan(request.plan, planning, sizesOf(request.datasetSizes));
    if (request.schema) return planFromSchema(planning, { schema: request.schema, dialect: dialectOf(request.schemaDialect), datasetSizes: sizesOf(request.datasetSizes) });
    if (this.openai) return await this.openai.createPlan(planning, apiKey, signal);
    return this.builtin.createPlan(planning);
  }

  private toPlanningRequest(request: CreatePlanRequest): PlanningRequest {
    const seed = present(request.seed) ?? randomInt(MIN_SEED, PICKED_SEED_BOUND);
    if (!Number.isSafeInteger(seed) || seed < MIN_SEED || seed > MAX_SEED) {
      const issue = `seed must be an integer from ${MIN_SEED} to ${MAX_SEED}`;
      throw rpcError(status.INVALID_ARGUMENT, { error: 'Invalid request payload', detail: issue, violation: { issues: [issue], suggestions: [] } });
    }
    return {
      prompt: request.prompt ?? '',
      datasets: present(request.datasets),
      datasetSize: present(request.datasetSize),
      reality: present(request.reality),
      seed,
    };
  }
}

// The dialect the gateway passed on, if it is one the schema reader knows.
function dialectOf(name: string | undefined): SqlDialectName | undefined {
  return SQL_DIALECTS.find((dialect) => dialect === name);
}

// int64 map values may arrive as strings from a loader that keeps them exact.
function sizesOf(sizes: Record<string, number | string> | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(sizes ?? {}).map(([name, size]) => [name, Number(size)]));
}

// proto3 optional fields arrive from proto-loader as undefined or null when absent.
function present(value: number | null | undefined): number | undefined {
  return value === null || value === undefined ? undefined : value;
}
