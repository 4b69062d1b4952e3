import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiError } from './api-error.js';

// The one place HTTP errors are written. Before the body starts, every failure gets the
// documented shape and a status; after it started, the connection is destroyed so the client
// sees a broken body rather than a well-formed but truncated one.
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    if (response.headersSent) {
      this.logger.warn(`response aborted after its body started: ${describe(exception)}`);
      response.destroy();
      return;
    }
    const apiError = toApiError(exception);
    if (apiError.status >= 500) this.logger.error(`${request.method} ${request.path}: ${describe(exception)}`);
    response.status(apiError.status).set(apiError.headers).json(apiError.body);
  }
}

function toApiError(exception: unknown): ApiError {
  if (exception instanceof ApiError) return exception;
  // NestJS wraps body-parser's errors in an HttpException and keeps the original as the cause.
  if (exception instanceof HttpException && isBodyParserError(exception.cause)) return toApiError(exception.cause);
  if (isBodyParserError(exception)) {
    if (exception.type === 'entity.too.large') {
      return new ApiError(413, { error: 'Payload too large', detail: `The request body exceeds ${exception.limit} bytes` });
    }
    if (exception.type === 'entity.parse.failed') {
      return ApiError.invalidPayload(['The request body is not valid JSON'], ['Send a JSON object, as in the documentation examples']);
    }
    return new ApiError(exception.status ?? 400, { error: 'Bad request', detail: exception.message });
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 429) return new ApiError(429, { error: 'Rate limited', detail: 'Too many requests from this client; retry later' });
    return new ApiError(status, { error: exception.message, detail: status === 404 ? 'No such endpoint' : exception.message });
  }
  return new ApiError(500, { error: 'Internal server error', detail: 'The request could not be completed' });
}

interface BodyParserError extends Error {
  type: string;
  status?: number;
  limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return error instanceof Error && typeof (error as Partial<BodyParserError>).type === 'string';
}

// The message and every cause under it (a shard's failure carries which records stopped, how
// long it waited and the generator's last error), on one line.
function describe(exception: unknown): string {
  if (!(exception instanceof Error)) return String(exception);
  return exception.cause === undefined ? exception.message : `${exception.message}; cause: ${describe(exception.cause)}`;
}
