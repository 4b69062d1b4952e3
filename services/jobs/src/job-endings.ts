import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ArtifactStore } from '../../../libs/artifacts/src/artifact-store.js';
import { downloadLink, DownloadLinkSigner } from '../../../libs/jobs/src/download-links.js';
import { jobView } from '../../../libs/jobs/src/job-view.js';
import { webhookEventFor } from '../../../libs/jobs/src/webhook-events.js';
import type { JobStatus } from '../../../libs/proto/src/nest/datagen/v1/job_service.js';
import { jobMessage } from './grpc/job-message.js';
import { JOBS_CONFIG, type JobsConfig } from './jobs.config.js';
import { ARTIFACT_STORE, JOB_STORE } from './jobs.tokens.js';
import type { JobStore, StoredJob } from './store/job-store.js';
import { WebhookDeliverer } from './webhooks/webhook-deliverer.js';

// What follows a job's end: its webhook event is queued in the store (so any replica sends it,
// even after this one dies) and delivered with the job's body as GET /api/jobs/{id} shows it,
// fresh download links included. Without WEBHOOK_SIGNING_SECRET webhooks are off, and
// CreateJob refuses a webhook_url.
@Injectable()
export class JobEndings implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly deliverer: WebhookDeliverer | undefined;
  private readonly links: DownloadLinkSigner;

  constructor(
    @Inject(JOBS_CONFIG) config: JobsConfig,
    @Inject(JOB_STORE) private readonly store: JobStore,
    @Inject(ARTIFACT_STORE) private readonly artifacts: ArtifactStore,
  ) {
    this.links = new DownloadLinkSigner(config.downloadLinks);
    const { signingSecret, ...webhooks } = config.webhooks;
    this.deliverer =
      signingSecret === undefined
        ? undefined
        : new WebhookDeliverer({ ...webhooks, store, signingSecret, worker: `${process.pid}-${randomUUID()}`, jobBody: (id) => this.body(id) });
  }

  get webhooksOn(): boolean {
    return this.deliverer !== undefined;
  }

  onApplicationBootstrap(): void {
    this.deliverer?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.deliverer?.stop();
  }

  async ended(job: StoredJob, status: JobStatus): Promise<void> {
    const event = webhookEventFor(status);
    if (job.webhookUrl === '' || event === undefined || !this.deliverer) return;
    await this.store.addDelivery(job.id, event);
    this.deliverer.wake();
  }

  private async body(id: string): Promise<object | undefined> {
    const job = await this.store.get(id);
    if (!job) return undefined;
    const [shards, deliveries] = await Promise.all([this.store.shards(id), this.store.deliveries(id)]);
    return jobView(jobMessage(job, shards, deliveries), (file) => downloadLink(file, this.artifacts, this.links));
  }
}
