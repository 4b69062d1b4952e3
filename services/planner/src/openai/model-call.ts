import OpenAI from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import type { PlanningRequest } from '../rules/planning-request.js';
import { planningMessages } from './planning-messages.js';
import { type ResponseFormatChoice, type ResponseFormatKind, responseFormat } from './response-format.js';
import { UnusablePlanError } from './unusable-plan.js';

export interface ModelSettings {
  readonly baseURL: string;
  readonly model: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
}

// Asks the model for a plan draft and returns its answer, unread. One client per call: the
// key lives in it for this call only. The client's own logging stays off whatever OPENAI_LOG
// says, so no request detail of this call can reach the logs. A server that refuses
// structured outputs is asked once more in JSON mode when the format choice allows it. Errors
// of the `openai` library propagate as they are, for describeOpenAiFailure to translate.
export async function askModelForDraft(
  apiKey: string,
  request: PlanningRequest,
  settings: ModelSettings,
  formats: ResponseFormatChoice,
  signal?: AbortSignal,
): Promise<string> {
  const client = new OpenAI({
    apiKey,
    baseURL: settings.baseURL,
    maxRetries: settings.maxRetries,
    timeout: settings.timeoutMs,
    logLevel: 'off',
  });
  const ask = (kind: ResponseFormatKind) =>
    client.chat.completions.create({ model: settings.model, messages: planningMessages(request, kind), response_format: responseFormat(kind) }, { signal });
  let completion: ChatCompletion;
  try {
    completion = await ask(formats.kind);
  } catch (error) {
    if (!formats.fallBackAfter(error)) throw error;
    completion = await ask(formats.kind);
  }
  // A compatible server may answer with any shape at all; nothing below assumes the types.
  const choice = completion?.choices?.[0];
  if (choice?.message?.refusal) throw new UnusablePlanError('the model declined to plan this prompt; rephrase it');
  if (choice?.finish_reason === 'length') throw new UnusablePlanError('the answer was cut off before the plan was complete');
  const content = choice?.message?.content;
  if (typeof content !== 'string' || content.trim() === '') throw new UnusablePlanError('the model returned no plan');
  return content;
}
