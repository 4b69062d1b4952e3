import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { applyPayloadRules } from '../rules/payload-rules.js';
import type { PlanningRequest } from '../rules/planning-request.js';
import { assembleDatasets } from './assembly/plan-assembly.js';
import { selectEntities } from './assembly/entity-selection.js';
import { entityCandidates } from './assembly/usual-datasets.js';
import type { EntityMention } from './prompt/prompt-reading.js';
import { readPrompt } from './prompt/prompt-reader.js';

// The offline planner: reads the prompt with domain knowledge and rules, no model and no
// network, so the same request always gives the same plan. Throws PayloadViolation.
export class BuiltinPlanner {
  createPlan(request: PlanningRequest): Plan {
    const reading = readPrompt(request.prompt);
    const candidates = entityCandidates(reading);
    const payload = applyPayloadRules(request, namesOf(candidates.named), namesOf(candidates.usual));
    const selection = selectEntities(candidates, payload.datasets);
    const { datasets, warnings } = assembleDatasets(selection.entities, reading, payload.datasetSize);
    return {
      datasets,
      seed: request.seed,
      realityLevel: payload.realityLevel,
      warnings: [...payload.warnings, ...selection.warnings, ...warnings],
      prompt: request.prompt,
      planner: 'builtin',
      locale: '',
      domain: reading.domain.name,
    };
  }
}

function namesOf(entities: readonly EntityMention[]): string[] {
  return entities.map((entity) => entity.name);
}
