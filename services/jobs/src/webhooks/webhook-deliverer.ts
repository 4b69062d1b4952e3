import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { resolveWebhookTarget, systemLookup, type HostLookup } from '../../../../libs/jobs/src/webhook-address.js';
import type { DeliveryRecord, JobStore } from '../store/job-store.js';
import { postWebhook, type WebhookAnswer } from './post-webhook.js';
import { retryDelayMs, type RetrySchedule } from './webhook-retry-schedule.js';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from './webhook-signature.js';

const logger = new Logger('WebhookDeliverer');

// A delivery stays leased to this replica for its time-out plus this, which covers resolving
// the host and recording the try; a replica that dies mid-delivery loses the lease and
// another sends the event again (receivers may see an event twice, never lose one).
const LEASE_MARGIN_MS = 30_000;
// How long stop() waits past the time-out for posts under way to be recorded.
const STOP_MARGIN_MS = 5_000;
const DEFAULT_POLL_MS = 500;
const DEFAULT_CONCURRENCY = 4;

export interface WebhookDelivererOptions {
  readonly store: JobStore;
  // This replica's name in the store's leases.
  readonly worker: string;
  readonly signingSecret: string;
  readonly allowPrivateNetworks: boolean;
  readonly timeoutMs: number;
  readonly retry: RetrySchedule;
  // The job's REST body (GET /api/jobs/{id}); undefined when the job is gone.
  readonly jobBody: (jobId: string) => Promise<object | undefined>;
  readonly pollMs?: number;
  // Deliveries posted at once.
  readonly concurrency?: number;
  readonly lookup?: HostLookup;
}

type Outcome = WebhookAnswer & { readonly final?: boolean };

// Sends the webhook deliveries the coordinator queues in the job store: claims those that
// are due, posts each signed event, and records every try with when the next one is due.
export class WebhookDeliverer {
  private readonly inFlight = new Set<Promise<void>>();
  private running?: Promise<void>;
  private stopping = false;
  private woken = false;
  private endPause?: () => void;

  constructor(private readonly options: WebhookDelivererOptions) {}

  start(): void {
    if (this.running !== undefined) return;
    this.stopping = false;
    this.running = this.run();
  }

  // Looks for due deliveries now rather than at the next poll: the coordinator calls it after
  // queueing one.
  wake(): void {
    this.woken = true;
    this.endPause?.();
  }

  // Claims no more, and waits for the posts under way to be recorded, at most a time-out and
  // a little more; one still unrecorded then is sent again once its lease expires.
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
    this.running = undefined;
    await Promise.race([Promise.allSettled(this.inFlight), sleep(this.options.timeoutMs + STOP_MARGIN_MS, undefined, { ref: false })]);
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      this.woken = false;
      await this.claimDue();
      if (!this.woken && !this.stopping) await this.pause();
    }
  }

  private async claimDue(): Promise<void> {
    const { store, worker, timeoutMs, concurrency = DEFAULT_CONCURRENCY } = this.options;
    while (!this.stopping && this.inFlight.size < concurrency) {
      let record: DeliveryRecord | undefined;
      try {
        record = await store.claimDelivery(worker, timeoutMs + LEASE_MARGIN_MS);
      } catch (error) {
        logger.error(`claiming webhook deliveries failed: ${describe(error)}`);
        return;
      }
      if (record === undefined) return;
      const delivery: Promise<void> = this.deliver(record).finally(() => {
        this.inFlight.delete(delivery);
        this.wake();
      });
      this.inFlight.add(delivery);
    }
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.endPause?.(), this.options.pollMs ?? DEFAULT_POLL_MS);
      this.endPause = () => {
        clearTimeout(timer);
        this.endPause = undefined;
        resolve();
      };
    });
  }

  private async deliver(record: DeliveryRecord): Promise<void> {
    const attempt = record.attempts + 1;
    const attemptedAt = new Date();
    const about = `delivery ${record.id} (${record.event} of job ${record.jobId}), try ${attempt}`;
    try {
      const outcome = await this.tryOnce(record);
      const delay = outcome.delivered || outcome.final ? undefined : retryDelayMs(attempt, this.options.retry);
      // Counted from the try's start, so the schedule holds whatever each try took.
      const nextAttemptAt = delay === undefined ? undefined : new Date(attemptedAt.getTime() + delay);
      const { delivered, statusCode, error } = outcome;
      await this.options.store.recordAttempt(record.id, { attempt, attemptedAt, statusCode, error, delivered, nextAttemptAt });
      if (outcome.delivered) logger.log(`${about}: delivered`);
      else logger.warn(`${about}: ${outcome.error}; ${nextAttemptAt ? `next try at ${nextAttemptAt.toISOString()}` : 'given up'}`);
    } catch (error) {
      // Not recorded: the lease runs out and the delivery is tried again.
      logger.error(`${about} could not be made: ${describe(error)}`);
    }
  }

  private async tryOnce(record: DeliveryRecord): Promise<Outcome> {
    const { store, jobBody, signingSecret, allowPrivateNetworks, timeoutMs, lookup = systemLookup } = this.options;
    const job = await store.get(record.jobId);
    const body = job && (await jobBody(record.jobId));
    if (job === undefined || body === undefined) {
      return { delivered: false, statusCode: 0, error: 'The job no longer exists', final: true };
    }
    // Checked again at every try: the name may resolve elsewhere than when the job was made.
    const target = await resolveWebhookTarget(job.webhookUrl, allowPrivateNetworks, lookup);
    if (!target.ok) return { delivered: false, statusCode: 0, error: target.problem };
    const rawBody = JSON.stringify({ event: record.event, job: body });
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': 'DataGen-Webhooks',
      [WEBHOOK_SIGNATURE_HEADER]: signWebhook(signingSecret, Math.floor(Date.now() / 1000), rawBody),
    };
    return postWebhook(target, rawBody, headers, timeoutMs);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
