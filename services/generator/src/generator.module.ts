import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { ArtifactStore } from '../../../libs/artifacts/src/artifact-store.js';
import { openArtifactStore } from '../../../libs/artifacts/src/open-artifact-store.js';
import { createLogger } from '../../../libs/logging/src/logger.js';
import { GeneratorController } from './generator.controller.js';
import { GENERATOR_CONFIG, type GeneratorConfig } from './generator.config.js';
import { ARTIFACT_STORE } from './shards/artifact-store.token.js';

@Module({})
export class GeneratorModule implements OnApplicationShutdown {
  constructor(@Inject(ARTIFACT_STORE) private readonly store: ArtifactStore) {}

  static register(config: GeneratorConfig): DynamicModule {
    return {
      module: GeneratorModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { logger: createLogger('generator') } })],
      controllers: [GeneratorController],
      providers: [
        { provide: GENERATOR_CONFIG, useValue: config },
        { provide: ARTIFACT_STORE, useFactory: () => openArtifactStore(config.artifactStore) },
      ],
    };
  }

  // After the gRPC server has let its in-flight calls finish.
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
