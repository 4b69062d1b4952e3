import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { artifactFailureTitle } from '../../../../libs/artifacts/src/artifact-failure-reason.js';
import { ArtifactStoreError, type ArtifactStore } from '../../../../libs/artifacts/src/artifact-store.js';
import { Content, OutputFormat } from '../../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import { JobStatus, type JobError, type JobFile } from '../../../../libs/proto/src/nest/datagen/v1/job_service.js';
import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { ARTIFACT_STORE, JOB_STORE } from '../jobs.tokens.js';
import { JOBS_CONFIG, type JobsConfig } from '../jobs.config.js';
import { CoordinatorClients } from '../grpc/coordinator-clients.js';
import { JobEndings } from '../job-endings.js';
import type { JobLayout, JobStore, LayoutFile, ShardResult, StoredJob } from '../store/job-store.js';
import { planLayout, removeJobFiles } from './job-layout.js';
import { sampleBytesPerRecord } from './record-sample.js';
import { ShardFailure, writeShard, type ShardCallPolicy, type ShardCallSignals } from './shard-call.js';

// How often a running job's lease is renewed. Renewing is also how a runner learns that its
// job was cancelled (by any replica): a cancelled job stops within about this long.
const RENEW_EVERY_MS = 400;
// How often an idle coordinator looks for queued jobs and jobs whose coordinator died.
const CLAIM_EVERY_MS = 1_000;
const CALL_TIMEOUT_MS = 10 * 60_000;
const READY_WAIT_MS = 20_000;

// Why a runner stopped writing a job that it no longer holds: another replica may go on with
// it, so its files stay and the shard calls in flight are cancelled.
class LeaseLost extends Error {}

// Why a runner stopped writing a job that was cancelled or has expired: its files go, so the
// shard calls in flight are let end first (a cancelled call may still land a piece after the
// files are removed).
class JobWithdrawn extends Error {}

// How a runner is told to let go of a job.
class JobRelease {
  private readonly stopping = new AbortController();
  private readonly cancelling = new AbortController();
  readonly stop = this.stopping.signal;
  readonly cancel = this.cancelling.signal;

  withdrawn(why: string): void {
    this.stopping.abort(new JobWithdrawn(why));
  }

  lost(why: string): void {
    const reason = new LeaseLost(why);
    this.cancelling.abort(reason);
    this.stopping.abort(reason);
  }
}

interface PendingShard {
  readonly file: LayoutFile;
  readonly index: number;
}

// Claims jobs from the store and runs them: the generators write every shard not yet recorded
// (all of them for a new job, the rest for a resumed one), then the files are finished and
// checked and the job ends. Several replicas can run side by side; the store's leases keep a
// job with one of them.
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly worker = `${process.pid}-${randomUUID()}`;
  private readonly running = new Map<string, { release: JobRelease; done: Promise<void> }>();
  private readonly policy: ShardCallPolicy;
  private timer: NodeJS.Timeout | undefined;
  private claiming = false;
  private stopped = false;

  constructor(
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    @Inject(JOB_STORE) private readonly store: JobStore,
    @Inject(ARTIFACT_STORE) private readonly artifacts: ArtifactStore,
    private readonly clients: CoordinatorClients,
    private readonly endings: JobEndings,
  ) {
    this.policy = { attempts: config.shardAttempts, callTimeoutMs: CALL_TIMEOUT_MS, readyWaitMs: READY_WAIT_MS };
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), CLAIM_EVERY_MS);
    this.wake();
  }

  // Stops taking jobs and stops writing the ones it runs; their leases lapse and a replica
  // (or this one, restarted) resumes them.
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    for (const { release } of this.running.values()) release.lost('the coordinator is stopping');
    await Promise.all([...this.running.values()].map(({ done }) => done));
  }

  // Looks for work now: a job was just queued here.
  wake(): void {
    if (this.claiming || this.stopped) return;
    this.claiming = true;
    this.claimJobs()
      .catch((error: unknown) => this.logger.error(`claiming jobs failed: ${message(error)}`))
      .finally(() => (this.claiming = false));
  }

  // Stops the job, which was cancelled or has expired, when this replica runs it (its files are
  // removed once its shards in flight have ended); true when it did.
  stopLocally(id: string): boolean {
    const running = this.running.get(id);
    running?.release.withdrawn('the job was cancelled or has expired');
    return running !== undefined;
  }

  private async claimJobs(): Promise<void> {
    while (!this.stopped && this.running.size < this.config.jobConcurrency) {
      const job = await this.store.claim(this.worker, this.config.leaseMs);
      if (!job) return;
      const release = new JobRelease();
      const done = this.run(job, release).finally(() => {
        this.running.delete(job.id);
        this.wake();
      });
      this.running.set(job.id, { release, done });
    }
  }

  private async run(job: StoredJob, release: JobRelease): Promise<void> {
    const renewal = setInterval(() => {
      this.store.renew(job.id, this.worker, this.config.leaseMs).then(
        (held) => (held ? undefined : this.letGo(job.id, release)),
        (error: unknown) => this.logger.warn(`renewing the lease of job ${job.id} failed: ${message(error)}`),
      );
    }, RENEW_EVERY_MS);
    let layout = job.layout;
    try {
      const plan = job.plan!;
      layout ??= await this.store.setLayout(job.id, this.worker, await this.layout(job, plan));
      await this.writeShards(job, plan, layout, release);
      release.stop.throwIfAborted();
      const files = await this.finishFiles(plan, layout, await this.store.shards(job.id));
      release.stop.throwIfAborted();
      if (await this.store.finish(job.id, { status: JobStatus.JOB_STATUS_COMPLETED, files })) {
        this.logger.log(`job ${job.id} completed: ${files.length} file(s)`);
        await this.endings.ended(job, JobStatus.JOB_STATUS_COMPLETED);
      }
    } catch (error) {
      if (release.stop.aborted) {
        await this.afterStop(job, layout, release);
        return;
      }
      await this.fail(job, layout, error);
    } finally {
      clearInterval(renewal);
    }
  }

  // The lease could not be renewed: the job was cancelled on another replica (or expired), or
  // another replica holds it now.
  private async letGo(id: string, release: JobRelease): Promise<void> {
    if (release.stop.aborted) return;
    const current = await this.store.get(id).catch(() => null);
    if (current === undefined || current?.status === JobStatus.JOB_STATUS_CANCELLED) release.withdrawn('the job was cancelled or has expired');
    else release.lost('the lease was lost');
  }

  private async layout(job: StoredJob, plan: Plan): Promise<JobLayout> {
    return planLayout(job.id, plan, job.output, this.artifacts, {
      shardRecords: this.config.shardRecords,
      bytesPerRecord: (dataset, content) => sampleBytesPerRecord(this.clients.generator, plan, dataset, job.output, content),
    });
  }

  // Every shard not yet recorded, a few at a time over the generator pool. The first shard
  // that cannot be written stops the others: none starts after it, and the ones in flight are
  // let end, so that nothing is written once the failed job's files are removed.
  private async writeShards(job: StoredJob, plan: Plan, layout: JobLayout, release: JobRelease): Promise<void> {
    const recorded = new Set((await this.store.shards(job.id)).map((shard) => `${shard.file}#${shard.index}`));
    const pending: PendingShard[] = layout.files.flatMap((file) => file.shards.map((_, index) => ({ file, index }))).filter(({ file, index }) => !recorded.has(`${file.name}#${index}`));
    const failed = new AbortController();
    const stop = AbortSignal.any([release.stop, failed.signal]);
    let next = 0;
    let failure: unknown;
    const lane = async () => {
      while (next < pending.length && !stop.aborted) {
        const shard = pending[next++]!;
        try {
          await this.writeOne(job, plan, shard, { stop, cancel: release.cancel });
        } catch (error) {
          if (!stop.aborted) {
            failure = error;
            failed.abort();
          }
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.config.shardConcurrency, pending.length) }, lane));
    release.stop.throwIfAborted();
    if (failure !== undefined) throw failure;
  }

  private async writeOne(job: StoredJob, plan: Plan, { file, index }: PendingShard, signals: ShardCallSignals): Promise<void> {
    const range = file.shards[index]!;
    const target = this.artifacts.shardTarget({ key: file.artifactKey, uploadId: file.uploadId }, index);
    const response = await writeShard(
      this.clients.generator,
      {
        plan,
        dataset: file.dataset,
        offset: range.offset,
        count: range.count,
        format: file.content === 'manifest' ? OutputFormat.OUTPUT_FORMAT_NDJSON : job.output.format,
        sqlDialect: job.output.sqlDialect,
        sqlOptions: job.output.sqlOptions,
        content: file.content === 'manifest' ? Content.CONTENT_DEFECT_MANIFEST : Content.CONTENT_RECORDS,
        defectRates: job.output.defectRates,
        compression: job.output.compression,
        artifactKey: target.key,
        uploadId: target.uploadId ?? '',
        partNumber: target.partNumber ?? 0,
      },
      this.policy,
      signals,
    );
    if (response.records !== range.count) {
      throw new ShardFailure({
        error: 'Generation failed',
        detail: `A generator wrote ${response.records} of the ${range.count} records of ${file.name} from ${range.offset}`,
        issues: [],
        suggestions: [],
      });
    }
    await this.store.recordShard(job.id, {
      file: file.name,
      index,
      records: response.records,
      bytes: response.bytes,
      etag: response.etag || undefined,
      defectCounts: response.defectCounts,
      checks: response.checks!,
    });
  }

  // Each file assembled and checked against what its shards reported; a dataset short of
  // records fails the job rather than completing it with a short file.
  private async finishFiles(plan: Plan, layout: JobLayout, shards: readonly ShardResult[]): Promise<JobFile[]> {
    const files: JobFile[] = [];
    const records = new Map<string, number>();
    for (const file of layout.files) {
      const results = file.shards.map((_, index) => {
        const result = shards.find((shard) => shard.file === file.name && shard.index === index);
        if (!result) throw new ArtifactStoreError('missing', `Shard ${index} of ${file.name} was never recorded as written`);
        return result;
      });
      if (file.content === 'records') records.set(file.dataset, (records.get(file.dataset) ?? 0) + results.reduce((sum, result) => sum + result.records, 0));
      const finished = await this.artifacts.finishFile({ key: file.artifactKey, uploadId: file.uploadId }, results);
      files.push({ name: file.name, artifactKey: file.artifactKey, size: finished.size, contentType: file.contentType, fileName: file.fileName, pieceKeys: [...finished.pieceKeys] });
    }
    for (const dataset of plan.datasets) {
      const written = records.get(dataset.name) ?? 0;
      if (written !== dataset.size) throw new ArtifactStoreError('short', `Dataset ${dataset.name} has ${written} of its ${dataset.size} records`);
    }
    return files;
  }

  private async fail(job: StoredJob, layout: JobLayout | undefined, error: unknown): Promise<void> {
    const jobError = errorOf(error);
    if (!(error instanceof ShardFailure) && !(error instanceof ArtifactStoreError)) {
      this.logger.error(`job ${job.id} failed: ${error instanceof Error ? error.stack : String(error)}`);
    } else {
      this.logger.warn(`job ${job.id} failed: ${jobError.error}: ${jobError.detail}`);
    }
    const ended = await this.store.finish(job.id, { status: JobStatus.JOB_STATUS_FAILED, error: jobError }).catch((storeError: unknown) => {
      this.logger.error(`recording the failure of job ${job.id} failed: ${message(storeError)}`);
      return false;
    });
    await this.removeFiles(job, layout);
    if (ended) await this.endings.ended(job, JobStatus.JOB_STATUS_FAILED);
  }

  // The runner stopped because the job was cancelled or expired (its files go) or because it
  // lost the lease (the files stay: whoever holds the job now goes on with them).
  private async afterStop(job: StoredJob, layout: JobLayout | undefined, release: JobRelease): Promise<void> {
    if (release.stop.reason instanceof JobWithdrawn) {
      await this.removeFiles(job, layout);
      this.logger.log(`job ${job.id} stopped: ${message(release.stop.reason)}; its files are removed`);
    }
  }

  private async removeFiles(job: StoredJob, layout: JobLayout | undefined): Promise<void> {
    try {
      await removeJobFiles(this.artifacts, job.id, layout);
    } catch (error) {
      this.logger.warn(`removing the files of job ${job.id} failed: ${message(error)}`);
    }
  }
}

function errorOf(error: unknown): JobError {
  if (error instanceof ShardFailure) return error.jobError;
  if (error instanceof ArtifactStoreError) return { error: artifactFailureTitle(error.failure), detail: error.message, issues: [], suggestions: [] };
  return { error: 'Internal error', detail: 'The job failed unexpectedly', issues: [], suggestions: [] };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
