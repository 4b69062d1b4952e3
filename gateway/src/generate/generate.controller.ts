import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GenerateService } from './generate.service.js';
import { validateGenerateRequest } from './validate-generate-request.js';

@Controller('api')
export class GenerateController {
  constructor(private readonly generateService: GenerateService) {}

  // The response is streamed by hand (@Res) because it can be far larger than memory.
  @Post('generate')
  async generate(@Body() body: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.generateService.generate(validateGenerateRequest(body), request, response);
  }
}
