import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

// Who is asking, as JobService knows owners: the hex SHA-256 of the request's API token, or ''
// when tokens are off. Set by ApiTokenGuard, which runs before every route.
const OWNERS = new WeakMap<Request, string>();

export function setRequestOwner(request: Request, owner: string): void {
  OWNERS.set(request, owner);
}

// A route parameter: @RequestOwner() owner: string.
export const RequestOwner = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const owner = OWNERS.get(context.switchToHttp().getRequest<Request>());
  // Fails closed: without the guard's answer no job may be shown to anyone.
  if (owner === undefined) throw new Error('The request owner is unknown: ApiTokenGuard did not run');
  return owner;
});
