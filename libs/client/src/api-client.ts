import { createParser } from 'eventsource-parser';
import { ApiFailure } from './api-failure.js';
import type { Catalogue, DdlAnswer, Envelope, JobCreated, JobView, PlanAnswer } from './api-types.js';
import type { GenerationBody } from './generation-body.js';

// A client of the public REST API, for the page (same origin: `baseUrl` '') and the `datagen`
// command. `token` gives the API token to send, if any, when a request goes out: the page keeps
// the one a person typed in memory only.
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: () => string,
  ) {}

  plan(body: GenerationBody, signal?: AbortSignal): Promise<PlanAnswer> {
    return this.json('POST', '/api/plan', body, signal);
  }

  generate(body: GenerationBody, signal?: AbortSignal): Promise<Envelope> {
    return this.json('POST', '/api/generate', body, signal);
  }

  // The CREATE statements the SQL output of this plan writes, in `sql_dialect`.
  ddl(body: GenerationBody & { sql_dialect: string }, signal?: AbortSignal): Promise<DdlAnswer> {
    return this.json('POST', '/api/ddl', body, signal);
  }

  createJob(body: GenerationBody, signal?: AbortSignal): Promise<JobCreated> {
    return this.json('POST', '/api/jobs', body, signal);
  }

  job(jobId: string, signal?: AbortSignal): Promise<JobView> {
    return this.json('GET', `/api/jobs/${encodeURIComponent(jobId)}`, undefined, signal);
  }

  cancelJob(jobId: string): Promise<JobView> {
    return this.json('DELETE', `/api/jobs/${encodeURIComponent(jobId)}`);
  }

  catalogue(signal?: AbortSignal): Promise<Catalogue> {
    return this.json('GET', '/api/catalogue', undefined, signal);
  }

  // Follows GET /api/jobs/{id}/events until the job ends or `signal` aborts. EventSource
  // cannot send an Authorization header, so the stream is read with fetch.
  async watchJob(jobId: string, onJob: (job: JobView) => void, signal: AbortSignal): Promise<void> {
    const response = await this.send('GET', `/api/jobs/${encodeURIComponent(jobId)}/events`, undefined, signal, 'text/event-stream');
    if (!response.body) throw ApiFailure.unreachable(new Error('The event stream has no body'));
    const parser = createParser({ onEvent: (event) => onJob(JSON.parse(event.data) as JobView) });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.feed(value);
    }
  }

  private async json<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const response = await this.send(method, path, body, signal, 'application/json');
    return (await response.json()) as T;
  }

  private async send(method: string, path: string, body: unknown, signal: AbortSignal | undefined, accept: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: accept };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const token = this.token().trim();
    if (token !== '') headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw ApiFailure.unreachable(error);
    }
    if (!response.ok) throw await ApiFailure.of(response);
    return response;
  }
}
