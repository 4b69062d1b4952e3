import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiOkResponse, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import type { JobView } from '../../../libs/jobs/src/job-view.js';
import { RequestOwner } from '../auth/request-owner.js';
import { JobCreatedDoc, JobDoc } from '../docs/job-schemas.js';
import { ErrorDoc, PayloadErrorDoc } from '../docs/response-schemas.js';
import { clientGoneSignal } from '../http/client-gone-signal.js';
import { JobRequestDto } from '../request/job-request.dto.js';
import { type JobCreated, JobsService } from './jobs.service.js';

const NOT_FOUND = { status: 404, type: ErrorDoc, description: 'No such job, or one created with another API token' };

@Controller('api/jobs')
@ApiBearerAuth()
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Post()
  @UseGuards(ThrottlerGuard)
  @HttpCode(202)
  @ApiBody({ type: JobRequestDto })
  @ApiAcceptedResponse({
    type: JobCreatedDoc,
    description: 'Planned and queued; follow status_url (also in Location), its /events, or the webhook',
    headers: { Location: { description: 'The status URL', schema: { type: 'string' } } },
  })
  @ApiResponse({ status: 400, type: PayloadErrorDoc, description: 'Invalid payload, inconsistent parameters, limits, a refused webhook_url' })
  @ApiResponse({ status: 401, type: ErrorDoc, description: 'Missing or invalid API token; invalid API key format, or a key OpenAI refuses' })
  @ApiResponse({ status: 429, type: ErrorDoc, description: 'Rate limited; see Retry-After' })
  @ApiResponse({ status: 503, type: ErrorDoc, description: 'Job service, planner or model unavailable' })
  async create(@Body() body: unknown, @RequestOwner() owner: string, @Res({ passthrough: true }) response: Response): Promise<JobCreated> {
    const created = await this.jobs.create(body, owner, clientGoneSignal(response));
    response.location(created.status_url);
    return created;
  }

  @Get(':id')
  @ApiOkResponse({ type: JobDoc, description: 'Status and progress; when completed the result with fresh download links, when failed the error' })
  @ApiResponse(NOT_FOUND)
  get(@Param('id') id: string, @RequestOwner() owner: string): Promise<JobView> {
    return this.jobs.get(id, owner);
  }

  // Written by hand (@Res): a stream of events as long as the job runs.
  @Get(':id/events')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-Sent Events: `event: progress` with the job (as GET /api/jobs/{id}) at each change, then one `event: completed`, `failed` or `cancelled`, ' +
      'and the stream ends; comment lines keep it open while nothing changes',
  })
  @ApiResponse(NOT_FOUND)
  async events(@Param('id') id: string, @RequestOwner() owner: string, @Res() response: Response): Promise<void> {
    await this.jobs.events(id, owner, response);
  }

  @Delete(':id')
  @ApiOkResponse({ type: JobDoc, description: "Cancelled: the generators stop and the job's files are removed. A job that has ended is answered as it is" })
  @ApiResponse(NOT_FOUND)
  cancel(@Param('id') id: string, @RequestOwner() owner: string): Promise<JobView> {
    return this.jobs.cancel(id, owner);
  }
}
