import OpenAI from 'openai';
import type { PlanningRequest } from '../rules/planning-request.js';
import { PLAN_DRAFT_SCHEMA, PLAN_DRAFT_SCHEMA_NAME } from './plan-draft-schema.js';
import { planningMessages } from './planning-messages.js';
import { UnusablePlanError } from './unusable-plan.js';

export interface ModelSettings {
  readonly baseURL: string;
  readonly model: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
}

// Asks the model for a plan draft and returns its answer, unread. One client per call: the
// key lives in it for this call only. The client's own logging stays off whatever OPENAI_LOG
// says, so no request detail of this call can reach the logs. Errors of the `openai` library
// propagate as they are, for describeOpenAiFailure to translate.
export async function askModelForDraft(apiKey: string, request: PlanningRequest, settings: ModelSettings, signal?: AbortSignal): Promise<string> {
  const client = new OpenAI({
    apiKey,
    baseURL: settings.baseURL,
    maxRetries: settings.maxRetries,
    timeout: settings.timeoutMs,
    logLevel: 'off',
  });
  const completion = await client.chat.completions.create(
    {
      model: settings.model,
      messages: planningMessages(request),
      response_format: { type: 'json_schema', json_schema: { name: PLAN_DRAFT_SCHEMA_NAME, strict: true, schema: PLAN_DRAFT_SCHEMA } },
    },
    { signal },
  );
  // A compatible server may answer with any shape at all; nothing below assumes the types.
  const choice = completion?.choices?.[0];
  if (choice?.message?.refusal) throw new UnusablePlanError('the model declined to plan this prompt; rephrase it');
  if (choice?.finish_reason === 'length') throw new UnusablePlanError('the answer was cut off before the plan was complete');
  const content = choice?.message?.content;
  if (typeof content !== 'string' || content.trim() === '') throw new UnusablePlanError('the model returned no plan');
  return content;
}
