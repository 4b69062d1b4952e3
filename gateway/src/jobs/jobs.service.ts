import { Metadata } from '@grpc/grpc-js';
import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { jobStatusName, type JobStatusName, jobView, type JobView } from '../../../libs/jobs/src/job-view.js';
import type { Job } from '../../../libs/proto/src/grpc-js/datagen/v1/job_service.js';
import { GatewayArtifacts } from '../downloads/gateway-artifacts.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';
import { UpstreamClients } from '../grpc/upstream-clients.js';
import { PlanRequests } from '../plans/plan-requests.js';
import { validateJobRequest } from '../request/validate-job-request.js';
import { sendJobEvents } from './job-events.js';
import { jobOutput } from './job-output.js';
import { jobServiceCall, jobServiceError } from './job-service-call.js';

export interface JobCreated {
  job_id: string;
  status: JobStatusName;
  status_url: string;
}

// The REST face of JobService. Every call names the owner (see auth/), so a job is seen only
// through the token that created it.
@Injectable()
export class JobsService {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly clients: UpstreamClients,
    private readonly plans: PlanRequests,
    private readonly artifacts: GatewayArtifacts,
  ) {}

  // Checked as /api/generate checks its body, so a request that would be refused there is
  // refused here before anything is queued. CreateJob plans the job, so the planning deadline
  // bounds it.
  async create(body: unknown, owner: string, cancelled: AbortSignal): Promise<JobCreated> {
    const request = await validateJobRequest(body, this.config.webhookAllowPrivateNetworks);
    const creation = { planning: this.plans.planningRequest(request), output: jobOutput(request), webhookUrl: request.webhook_url ?? '', owner };
    const deadline = new Date(Date.now() + this.config.planTimeoutMs);
    const job = await jobServiceCall((done) => this.clients.jobs.createJob(creation, new Metadata(), { deadline }, done), undefined, cancelled);
    return { job_id: job.jobId, status: jobStatusName(job.status), status_url: this.statusUrl(job.jobId) };
  }

  async get(jobId: string, owner: string): Promise<JobView> {
    const job = await jobServiceCall((done) => this.clients.jobs.getJob({ jobId, owner }, new Metadata(), { deadline: this.deadline() }, done), jobId);
    return this.view(job);
  }

  async cancel(jobId: string, owner: string): Promise<JobView> {
    const job = await jobServiceCall((done) => this.clients.jobs.cancelJob({ jobId, owner }, new Metadata(), { deadline: this.deadline() }, done), jobId);
    return this.view(job);
  }

  // A watch lasts as long as the job, so it has no deadline: it ends with the job, or when the
  // client leaves.
  async events(jobId: string, owner: string, response: Response): Promise<void> {
    const watch = this.clients.jobs.watchJob({ jobId, owner });
    await sendJobEvents(watch, response, { view: (job) => this.view(job), error: (error) => jobServiceError(error, jobId) });
  }

  statusUrl(jobId: string): string {
    return `${this.config.publicUrl}/api/jobs/${encodeURIComponent(jobId)}`;
  }

  private view(job: Job): Promise<JobView> {
    return jobView(job, (file) => this.artifacts.link(file));
  }

  private deadline(): Date {
    return new Date(Date.now() + this.config.requestTimeoutMs);
  }
}
