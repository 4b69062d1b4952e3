import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ArtifactStore } from '../../../../libs/artifacts/src/artifact-store.js';
import { JOBS_CONFIG, type JobsConfig } from '../jobs.config.js';
import { ARTIFACT_STORE, JOB_STORE } from '../jobs.tokens.js';
import type { JobStore } from '../store/job-store.js';
import { removeJobFiles } from './job-layout.js';
import { JobRunner } from './job-runner.js';

const SWEEP_EVERY_MS = 60_000;
const SWEEP_BATCH = 100;

// Removes jobs older than JOB_TTL with their files, whatever their status: a job still
// running by then is stopped first. Every replica sweeps; removing twice is harmless.
@Injectable()
export class JobSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobSweeper.name);
  private timer: NodeJS.Timeout | undefined;
  private sweeping = false;

  constructor(
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    @Inject(JOB_STORE) private readonly store: JobStore,
    @Inject(ARTIFACT_STORE) private readonly artifacts: ArtifactStore,
    private readonly runner: JobRunner,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), Math.min(SWEEP_EVERY_MS, this.config.ttlMs));
    void this.sweep();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      for (;;) {
        const expired = await this.store.createdBefore(new Date(Date.now() - this.config.ttlMs), SWEEP_BATCH);
        for (const job of expired) {
          this.runner.stopLocally(job.id);
          await removeJobFiles(this.artifacts, job.id, job.layout);
          await this.store.remove(job.id);
        }
        if (expired.length > 0) this.logger.log(`removed ${expired.length} job(s) older than JOB_TTL with their files`);
        if (expired.length < SWEEP_BATCH) return;
      }
    } catch (error) {
      this.logger.warn(`sweeping expired jobs failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.sweeping = false;
    }
  }
}
