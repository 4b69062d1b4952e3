import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { createLogger } from '../../../libs/logging/src/logger.js';
import { PlannerController } from './planner.controller.js';
import { PlanningService } from './planning.service.js';
import { PLANNER_CONFIG, type PlannerConfig } from './planner.config.js';

@Module({})
export class PlannerModule {
  static register(config: PlannerConfig): DynamicModule {
    return {
      module: PlannerModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { logger: createLogger('planner') } })],
      controllers: [PlannerController],
      providers: [{ provide: PLANNER_CONFIG, useValue: config }, PlanningService],
    };
  }
}
