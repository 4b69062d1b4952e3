import { randomBytes } from 'node:crypto';
import { Controller, Inject } from '@nestjs/common';
import { status } from '@grpc/grpc-js';
import { Observable } from 'rxjs';
import { rpcError } from '../../../../libs/grpc/src/status-details.js';
import { jobOutputProblems } from '../../../../libs/jobs/src/job-output.js';
import {
  JobServiceControllerMethods,
  JobStatus,
  type CancelJobRequest,
  type CancelJobResponse,
  type CreateJobRequest,
  type CreateJobResponse,
  type GetJobRequest,
  type GetJobResponse,
  type Job,
  type JobServiceController,
  type WatchJobRequest,
  type WatchJobResponse,
} from '../../../../libs/proto/src/nest/datagen/v1/job_service.js';
import type { ArtifactStore } from '../../../../libs/artifacts/src/artifact-store.js';
import { JobEndings } from '../job-endings.js';
import { JOBS_CONFIG, type JobsConfig } from '../jobs.config.js';
import { ARTIFACT_STORE, JOB_STORE } from '../jobs.tokens.js';
import { removeJobFiles } from '../runner/job-layout.js';
import { JobRunner } from '../runner/job-runner.js';
import { FINAL_JOB_STATUSES, type JobStore, type StoredJob } from '../store/job-store.js';
import { CoordinatorClients } from './coordinator-clients.js';
import { jobMessage, onTheWire } from './job-message.js';
import { planJob } from './plan-job.js';

// How often WatchJob looks at the store: it sees what any replica records.
const WATCH_EVERY_MS = 250;
const ENDED = new Set(FINAL_JOB_STATUSES);

@Controller()
@JobServiceControllerMethods()
export class JobController implements JobServiceController {
  constructor(
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    @Inject(JOB_STORE) private readonly store: JobStore,
    @Inject(ARTIFACT_STORE) private readonly artifacts: ArtifactStore,
    private readonly clients: CoordinatorClients,
    private readonly runner: JobRunner,
    private readonly endings: JobEndings,
  ) {}

  // Planned before it is queued: whatever the planner refuses fails this call and leaves
  // nothing behind. The row exists from the start so created_at is when the request came.
  async createJob(request: CreateJobRequest): Promise<CreateJobResponse> {
    if (!request.planning) throw rpcError(status.INVALID_ARGUMENT, { error: 'Invalid request payload', detail: 'planning is required', violation: { issues: ['planning is required'], suggestions: [] } });
    const output = request.output;
    const problems = output ? await jobOutputProblems(output, request.webhookUrl, this.config.webhooks.allowPrivateNetworks) : ['output is required'];
    if (request.webhookUrl !== '' && !this.endings.webhooksOn) problems.push('webhook_url cannot be used: this deployment has no WEBHOOK_SIGNING_SECRET, so webhooks are off.');
    if (problems.length > 0) throw rpcError(status.INVALID_ARGUMENT, { error: 'Invalid request payload', detail: problems.join(' '), violation: { issues: problems, suggestions: [] } });
    const id = randomBytes(16).toString('base64url');
    await this.store.create({ id, owner: request.owner, output: output!, webhookUrl: request.webhookUrl });
    try {
      const plan = await planJob(this.clients.planner, request.planning, new Date(Date.now() + this.config.planTimeoutMs));
      await this.store.planned(id, plan);
    } catch (error) {
      await this.store.remove(id);
      throw error;
    }
    // The job as queued: a runner may claim it the moment it is woken.
    const job = await this.message(id);
    this.runner.wake();
    return { job };
  }

  async getJob(request: GetJobRequest): Promise<GetJobResponse> {
    const job = await this.owned(request.jobId, request.owner);
    return { job: await this.message(job.id, job) };
  }

  // Ends the job as cancelled (unless it has ended) and removes its files: at once when no
  // runner here holds it, else by the runner once its shards in flight have ended. A runner
  // on another replica sees the cancellation at its next lease renewal and does the same.
  async cancelJob(request: CancelJobRequest): Promise<CancelJobResponse> {
    const job = await this.owned(request.jobId, request.owner);
    if (await this.store.finish(job.id, { status: JobStatus.JOB_STATUS_CANCELLED })) {
      if (!this.runner.stopLocally(job.id)) await removeJobFiles(this.artifacts, job.id, job.layout);
      await this.endings.ended(job, JobStatus.JOB_STATUS_CANCELLED);
    }
    return { job: await this.message(job.id) };
  }

  watchJob(request: WatchJobRequest): Observable<WatchJobResponse> {
    return new Observable<WatchJobResponse>((subscriber) => {
      let last = '';
      let timer: NodeJS.Timeout | undefined;
      let closed = false;
      const look = async () => {
        try {
          const job = await this.owned(request.jobId, request.owner);
          const message = await this.message(job.id, job);
          const seen = `${message.status}:${message.progress?.recordsDone}:${message.deliveries.length}`;
          if (seen !== last) {
            last = seen;
            subscriber.next({ job: message });
          }
          if (ENDED.has(message.status)) subscriber.complete();
          else if (!closed) timer = setTimeout(() => void look(), WATCH_EVERY_MS);
        } catch (error) {
          subscriber.error(error);
        }
      };
      void look();
      return () => {
        closed = true;
        clearTimeout(timer);
      };
    });
  }

  // Another owner's job is as unknown as a missing one.
  private async owned(id: string, owner: string): Promise<StoredJob> {
    const job = id ? await this.store.get(id) : undefined;
    if (!job || job.owner !== owner) throw rpcError(status.NOT_FOUND, { error: 'Job not found', detail: `There is no job ${JSON.stringify(id)}` });
    return job;
  }

  private async message(id: string, known?: StoredJob): Promise<Job> {
    const job = known ?? (await this.store.get(id))!;
    const [shards, deliveries] = await Promise.all([this.store.shards(id), this.store.deliveries(id)]);
    return onTheWire(jobMessage(job, shards, deliveries));
  }
}
