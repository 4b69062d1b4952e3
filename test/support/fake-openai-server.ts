import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local OpenAI-compatible server for tests: answers POST .../chat/completions with whatever
// the test scripted, and records every request so a test can see what the planner sent.
// Without structured outputs it refuses a json_schema response format as llama.cpp's server
// did before it had them, and takes JSON mode.

export type FakeAnswer =
  // A completion whose message content is this text (a JSON plan, or anything else).
  | { readonly kind: 'content'; readonly content: string; readonly finishReason?: string }
  // An error status with OpenAI's error body and optional headers.
  | { readonly kind: 'error'; readonly status: number; readonly code?: string; readonly headers?: Readonly<Record<string, string>> }
  // Nothing until the delay has passed, then the content.
  | { readonly kind: 'slow'; readonly delayMs: number; readonly content: string };

export interface RecordedRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
  readonly receivedAt: number;
  // When the caller closed the connection before the answer was sent.
  abandonedAt?: number;
}

export class FakeOpenAiServer {
  readonly requests: RecordedRequest[] = [];
  private answer: FakeAnswer = { kind: 'content', content: JSON.stringify(GOOD_PLAN_DRAFT) };
  private structuredOutputs = true;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeOpenAiServer> {
    const server = createServer();
    const fake = new FakeOpenAiServer(server);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => fake.handle(request.url ?? '', request.method ?? '', request.headers, Buffer.concat(chunks).toString('utf8'), response));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  // The base URL to configure, as OpenAI's own ends in /v1.
  get baseURL(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  // How every following request is answered.
  respondWith(answer: FakeAnswer): void {
    this.answer = answer;
  }

  // Whether following requests for a json_schema response format are served or refused.
  supportStructuredOutputs(supported: boolean): void {
    this.structuredOutputs = supported;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(path: string, method: string, headers: IncomingHttpHeaders, text: string, response: ServerResponse): void {
    if (method !== 'POST' || !path.endsWith('/chat/completions')) {
      send(response, 404, { error: { message: `No route ${method} ${path}`, type: 'invalid_request_error', param: null, code: null } });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    const recorded: RecordedRequest = { path, headers, body, receivedAt: Date.now() };
    this.requests.push(recorded);
    if (!this.structuredOutputs && (body as { response_format?: { type?: string } }).response_format?.type === 'json_schema') {
      const message = 'response_format type must be one of "text" or "json_object", but got: json_schema';
      send(response, 400, { error: { code: 400, message, type: 'invalid_request_error' } });
      return;
    }
    const answer = this.answer;
    const model = (body as { model?: string }).model ?? 'fake-model';
    if (answer.kind === 'content') send(response, 200, completion(model, answer.content, answer.finishReason ?? 'stop'));
    else if (answer.kind === 'slow') {
      const timer = setTimeout(() => send(response, 200, completion(model, answer.content, 'stop')), answer.delayMs);
      response.on('close', () => {
        clearTimeout(timer);
        if (!response.writableFinished) recorded.abandonedAt = Date.now();
      });
    } else send(response, answer.status, errorBody(answer.status, answer.code, headers.authorization ?? ''), answer.headers);
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  if (response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

function completion(model: string, content: string, finishReason: string): unknown {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

// Like OpenAI's own messages, these quote the key they were sent, so tests can prove the
// planner never passes an upstream message on.
function errorBody(status: number, code: string | undefined, authorization: string): unknown {
  const key = authorization.replace(/^Bearer /, '');
  const messages: Record<number, string> = {
    401: `Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    429: `Rate limit reached for requests on the key ${key}. Please try again later.`,
  };
  return {
    error: {
      message: messages[status] ?? `The server had an error while processing the request for ${key}.`,
      type: status === 429 ? 'requests' : status === 401 ? 'invalid_request_error' : 'server_error',
      param: null,
      code: code ?? (status === 401 ? 'invalid_api_key' : null),
    },
  };
}

// The draft a well-behaved model returns for "Online shop with customers and orders".
export const GOOD_PLAN_DRAFT = {
  domain: 'e-commerce',
  datasets: [
    {
      name: 'customers',
      description: 'A customer of the shop',
      fields: [
        field({ name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true }),
        field({ name: 'full_name', type: 'string', generator: 'person.full_name' }),
        field({ name: 'email', type: 'string', generator: 'person.email', unique: true }),
        field({ name: 'signup_date', type: 'date', generator: 'date.date', date_range: { start: '2022-01-01', end: '2024-12-31', after_field: null, max_days_after: null } }),
        field({
          name: 'tier',
          type: 'string',
          generator: 'enum',
          enum_values: [
            { value: 'bronze', weight: 60 },
            { value: 'silver', weight: 30 },
            { value: 'gold', weight: 10 },
          ],
        }),
      ],
    },
    {
      name: 'orders',
      description: 'An order placed by a customer',
      fields: [
        field({ name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true }),
        field({ name: 'customer_id', type: 'integer', generator: 'reference', foreign_key: { dataset: 'customers', field: 'id' } }),
        field({ name: 'quantity', type: 'integer', generator: 'number.integer', numeric_range: { min: 1, max: 5, distribution: 'uniform' } }),
        field({ name: 'unit_price', type: 'decimal', generator: 'commerce.price', numeric_range: { min: 5, max: 500, distribution: 'log_normal' }, scale: 2 }),
        field({ name: 'total', type: 'decimal', generator: 'formula', formula: { operator: 'product', operands: ['quantity', 'unit_price'] }, scale: 2 }),
        field({ name: 'ordered_at', type: 'timestamp', generator: 'date.timestamp', date_range: { start: '2023-01-01', end: '2024-12-31', after_field: null, max_days_after: null } }),
        field({
          name: 'status',
          type: 'string',
          generator: 'enum',
          enum_values: [
            { value: 'pending', weight: 10 },
            { value: 'shipped', weight: 30 },
            { value: 'delivered', weight: 60 },
          ],
        }),
      ],
    },
  ],
};

// A field of a draft as strict structured outputs return it: every property present.
export function field(overrides: Record<string, unknown> & { name: string }): Record<string, unknown> {
  return {
    description: '',
    type: 'string',
    generator: 'text.word',
    primary_key: false,
    unique: false,
    nullable: false,
    null_rate: null,
    foreign_key: null,
    enum_values: [],
    numeric_range: null,
    date_range: null,
    true_probability: null,
    scale: null,
    formula: null,
    max_length: null,
    only_when: null,
    lifts: [],
    aggregate: null,
    ...overrides,
  };
}
