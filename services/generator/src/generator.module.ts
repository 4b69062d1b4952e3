import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { createLogger } from '../../../libs/logging/src/logger.js';
import { GeneratorController } from './generator.controller.js';
import { GENERATOR_CONFIG, type GeneratorConfig } from './generator.config.js';

@Module({})
export class GeneratorModule {
  static register(config: GeneratorConfig): DynamicModule {
    return {
      module: GeneratorModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { logger: createLogger('generator') } })],
      controllers: [GeneratorController],
      providers: [{ provide: GENERATOR_CONFIG, useValue: config }],
    };
  }
}
