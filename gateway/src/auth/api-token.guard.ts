import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiError } from '../errors/api-error.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';
import type { ApiTokens } from './api-tokens.js';
import { setRequestOwner } from './request-owner.js';

// With API tokens configured, every /api route needs `Authorization: Bearer <token>`. Health,
// readiness and metrics live outside /api; the OpenAPI pages (/api/docs) and download links
// (authorised by their signature) are served without reaching this guard. It runs before any
// controller guard, so a refused request costs no rate-limit allowance.
@Injectable()
export class ApiTokenGuard implements CanActivate {
  private readonly tokens: ApiTokens;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.tokens = config.apiTokens;
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (!this.tokens.enabled || !isApiPath(request.path)) {
      setRequestOwner(request, '');
      return true;
    }
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) throw unauthorized('Send Authorization: Bearer <token> with one of the API tokens of this DataGen deployment');
    const owner = this.tokens.ownerOf(token);
    if (owner === undefined) throw unauthorized('The API token is not valid for this DataGen deployment');
    setRequestOwner(request, owner);
    return true;
  }
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

// RFC 6750: the scheme is case-insensitive, the token one run of non-space characters.
function bearerToken(header: string | undefined): string | undefined {
  return header === undefined ? undefined : /^Bearer +(\S+) *$/i.exec(header)?.[1];
}

function unauthorized(detail: string): ApiError {
  return new ApiError(401, { error: 'Unauthorized', detail }, { 'WWW-Authenticate': 'Bearer' });
}
