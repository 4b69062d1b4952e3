import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { PayloadViolation } from '../rules/payload-violation.js';
import type { PlanningRequest } from '../rules/planning-request.js';
import { checkRanges } from '../rules/range-rules.js';
import { modelApiKey } from './api-key.js';
import { askModelForDraft, type ModelSettings } from './model-call.js';
import { describeOpenAiFailure } from './openai-failure.js';
import { assemblePlan, OPENAI_PLANNER } from './plan-assembly.js';
import { PlanCache } from './plan-cache.js';
import { readPlanDraft } from './plan-draft-reader.js';
import { ResponseFormatChoice, type ResponseFormatSetting } from './response-format.js';

export interface OpenAiPlannerSettings extends ModelSettings {
  readonly responseFormat: ResponseFormatSetting;
  readonly cacheEntries: number;
  readonly cacheTtlMs: number;
}

// Plans with an OpenAI(-compatible) model. The caller's key, already opened, lives only on
// this call's stack and in its client. Throws PayloadViolation for the document's payload
// rules and an RpcException for everything else: no error from the `openai` library leaves
// this class, since its message may quote the key.
export class OpenAiPlanner {
  private readonly cache: PlanCache;
  private readonly formats: ResponseFormatChoice;

  constructor(private readonly settings: OpenAiPlannerSettings) {
    this.cache = new PlanCache(settings.cacheEntries, settings.cacheTtlMs);
    this.formats = new ResponseFormatChoice(settings.responseFormat);
  }

  async createPlan(request: PlanningRequest, callerApiKey: string | undefined, signal?: AbortSignal): Promise<Plan> {
    const apiKey = modelApiKey(callerApiKey, this.settings.baseURL);
    // Parameters out of range are refused before any tokens are spent on them.
    checkRanges(request);
    const cacheKey = { planner: OPENAI_PLANNER, model: this.settings.model, apiKey, request };
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    let plan: Plan;
    try {
      plan = assemblePlan(readPlanDraft(await askModelForDraft(apiKey, request, this.settings, this.formats, signal)), request);
    } catch (error) {
      if (error instanceof PayloadViolation) throw error;
      throw describeOpenAiFailure(error, this.settings.timeoutMs);
    }
    this.cache.set(cacheKey, plan);
    return plan;
  }
}
