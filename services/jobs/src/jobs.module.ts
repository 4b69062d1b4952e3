import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { createLogger } from '../../../libs/logging/src/logger.js';
import { openArtifactStore } from '../../../libs/artifacts/src/open-artifact-store.js';
import type { ArtifactStore } from '../../../libs/artifacts/src/artifact-store.js';
import { CoordinatorClients } from './grpc/coordinator-clients.js';
import { JobController } from './grpc/job.controller.js';
import { JobEndings } from './job-endings.js';
import { JOBS_CONFIG, type JobsConfig } from './jobs.config.js';
import { ARTIFACT_STORE, JOB_STORE } from './jobs.tokens.js';
import { JobRunner } from './runner/job-runner.js';
import { JobSweeper } from './runner/job-sweeper.js';
import { openJobStore } from './store/open-job-store.js';
import type { JobStore } from './store/job-store.js';

@Module({})
export class JobsModule {
  static register(config: JobsConfig): DynamicModule {
    return {
      module: JobsModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { logger: createLogger('jobs') } })],
      controllers: [JobController],
      providers: [
        { provide: JOBS_CONFIG, useValue: config },
        { provide: JOB_STORE, useFactory: () => openJobStore(config.jobStore) },
        { provide: ARTIFACT_STORE, useFactory: () => openArtifactStore(config.artifactStore) },
        { provide: StoreCloser, useFactory: (jobs: JobStore, artifacts: ArtifactStore) => new StoreCloser(jobs, artifacts), inject: [JOB_STORE, ARTIFACT_STORE] },
        CoordinatorClients,
        JobRunner,
        JobSweeper,
        JobEndings,
      ],
    };
  }
}

// Closes the stores after everything that uses them has stopped.
class StoreCloser {
  constructor(
    private readonly jobs: JobStore,
    private readonly artifacts: ArtifactStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.jobs.close(), this.artifacts.close()]);
  }
}
