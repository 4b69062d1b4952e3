// An error answered before the body starts, in one of the public document's two shapes:
// {"error", "detail"} or, for payload problems, {"error": "Invalid request payload", "issues",
// "suggestions"}.
export type ApiErrorBody =
  | { error: string; detail: string }
  | { error: 'Invalid request payload'; issues: string[]; suggestions: string[] };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super('detail' in body ? `${body.error}: ${body.detail}` : `${body.error}: ${body.issues.join('; ')}`);
  }

  static invalidPayload(issues: string[], suggestions: string[] = []): ApiError {
    return new ApiError(400, { error: 'Invalid request payload', issues, suggestions });
  }
}
