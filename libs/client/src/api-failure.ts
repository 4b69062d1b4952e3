import type { ApiErrorBody } from './api-types.js';

// An answer other than success, in the document's error shape; a network failure or a body
// that is not that shape becomes one too, so every caller shows errors one way.
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super('detail' in body ? `${body.error}: ${body.detail}` : `${body.error}: ${body.issues.join('; ')}`);
  }

  get issues(): string[] {
    return 'issues' in this.body ? this.body.issues : [];
  }

  get suggestions(): string[] {
    return 'suggestions' in this.body ? this.body.suggestions : [];
  }

  static async of(response: Response): Promise<ApiFailure> {
    const text = await response.text();
    try {
      const body = JSON.parse(text) as Partial<ApiErrorBody>;
      if (typeof body.error === 'string') return new ApiFailure(response.status, body as ApiErrorBody);
    } catch {
      // Not JSON: a proxy's page, say. Its status still tells what happened.
    }
    return new ApiFailure(response.status, { error: `The server answered ${response.status} ${response.statusText}`, detail: text.slice(0, 200) });
  }

  static unreachable(error: unknown): ApiFailure {
    const reason = error instanceof Error ? error.message : String(error);
    return new ApiFailure(0, { error: 'The DataGen server could not be reached', detail: reason });
  }
}
