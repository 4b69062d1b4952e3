import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiTokenGuard } from './api-token.guard.js';

// API tokens: a global guard over every route (see ApiTokenGuard for which need a token).
@Module({ providers: [{ provide: APP_GUARD, useClass: ApiTokenGuard }] })
export class AuthModule {}
