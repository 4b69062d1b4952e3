import { APIError } from 'openai';
import type { ResponseFormatJSONObject, ResponseFormatJSONSchema } from 'openai/resources/shared';
import { PLAN_DRAFT_SCHEMA, PLAN_DRAFT_SCHEMA_NAME } from './plan-draft-schema.js';

export const RESPONSE_FORMAT_SETTINGS = ['auto', 'json_schema', 'json_object'] as const;
export type ResponseFormatSetting = (typeof RESPONSE_FORMAT_SETTINGS)[number];
// Structured outputs (the server holds the answer to our schema) or JSON mode (any JSON
// object; the schema is in the instructions and the draft reader checks the answer).
export type ResponseFormatKind = Exclude<ResponseFormatSetting, 'auto'>;

// Which response format the model is asked for. `auto` starts with structured outputs and,
// once the server has refused them, keeps to JSON mode for the rest of the process: a server
// does not gain them between two plans, and each refusal would cost a round trip.
export class ResponseFormatChoice {
  private current: ResponseFormatKind;

  constructor(private readonly setting: ResponseFormatSetting) {
    this.current = setting === 'json_object' ? 'json_object' : 'json_schema';
  }

  get kind(): ResponseFormatKind {
    return this.current;
  }

  // Whether this failure is a server refusing structured outputs that JSON mode may get past;
  // if so, JSON mode is what every later plan asks for.
  fallBackAfter(error: unknown): boolean {
    if (this.setting !== 'auto' || this.current === 'json_object' || !refusesStructuredOutputs(error)) return false;
    this.current = 'json_object';
    return true;
  }
}

export function responseFormat(kind: ResponseFormatKind): ResponseFormatJSONSchema | ResponseFormatJSONObject {
  if (kind === 'json_object') return { type: 'json_object' };
  return { type: 'json_schema', json_schema: { name: PLAN_DRAFT_SCHEMA_NAME, strict: true, schema: PLAN_DRAFT_SCHEMA } };
}

// Servers without structured outputs answer a request for them with a 400 (422 from the
// FastAPI-based ones) naming the field: older llama.cpp says `response_format type must be one
// of "text" or "json_object"`, others reject `json_schema` itself. The message is only
// matched, never passed on.
function refusesStructuredOutputs(error: unknown): boolean {
  return error instanceof APIError && (error.status === 400 || error.status === 422) && /response_format|json_schema/i.test(error.message);
}
