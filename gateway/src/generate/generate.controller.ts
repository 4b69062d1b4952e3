import { Body, Controller, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ErrorDoc, GenerateResponseDoc, PayloadErrorDoc } from '../docs/response-schemas.js';
import { GenerateRequestDto } from '../request/generate-request.dto.js';
import type { Request, Response } from 'express';
import { GenerateService } from './generate.service.js';
import { validateGenerateRequest } from '../request/validate-generate-request.js';

@Controller('api')
@UseGuards(ThrottlerGuard)
@ApiBearerAuth()
export class GenerateController {
  constructor(private readonly generateService: GenerateService) {}

  // The response is streamed by hand (@Res) because it can be far larger than memory.
  @Post('generate')
  @ApiBody({ type: GenerateRequestDto })
  @ApiProduces('application/json', 'application/x-ndjson', 'text/csv')
  @ApiOkResponse({ type: GenerateResponseDoc, description: 'The datasets, streamed' })
  @ApiResponse({ status: 400, type: PayloadErrorDoc, description: 'Invalid payload, inconsistent parameters, limits' })
  @ApiResponse({ status: 401, type: ErrorDoc, description: 'Missing or invalid API token; invalid API key format, or a key OpenAI refuses' })
  @ApiResponse({ status: 406, type: ErrorDoc, description: 'The Accept header asks for a shape that cannot hold the result' })
  @ApiResponse({ status: 413, type: ErrorDoc, description: 'Body too large' })
  @ApiResponse({ status: 429, type: ErrorDoc, description: 'Rate limited; see Retry-After' })
  @ApiResponse({ status: 503, type: ErrorDoc, description: 'Planner, generator or model unavailable' })
  @ApiResponse({ status: 504, type: ErrorDoc, description: 'Deadline exceeded' })
  async generate(@Body() body: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.generateService.generate(validateGenerateRequest(body), request, response);
  }
}
