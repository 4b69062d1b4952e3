import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { applyPayloadRules } from '../rules/payload-rules.js';
import type { PlanningRequest } from '../rules/planning-request.js';
import { assembleDatasets } from './assembly/plan-assembly.js';
import { selectEntities } from './assembly/entity-selection.js';
import { entityCandidates } from './assembly/usual-datasets.js';
import { readPrompt } from './prompt/prompt-reader.js';
import { languageWarning } from '../locale/reading-warnings.js';
import type { EntityMention, PromptReading } from './prompt/prompt-reading.js';
import { labelForPurposes } from './purpose/labelling.js';
import { candidatesForPurposes } from './purpose/purpose-entities.js';
import { recognisePurposes } from './purpose/purposes.js';

// The offline planner: reads the prompt with domain knowledge and rules, no model and no
// network, so the same request always gives the same plan. Throws PayloadViolation.
export class BuiltinPlanner {
  createPlan(request: PlanningRequest): Plan {
    const read = readPrompt(request.prompt);
    const purposes = recognisePurposes(request.prompt);
    const { reading, candidates, warnings: purposeWarnings } = candidatesForPurposes(read, entityCandidates(read), purposes);
    const payload = applyPayloadRules(request, namesOf(candidates.named), namesOf(candidates.usual));
    const selection = selectEntities(candidates, payload.datasets);
    const { datasets, warnings } = assembleDatasets(selection.entities, reading, payload.datasetSize);
    const labelWarnings = labelForPurposes(purposes, datasets);
    return {
      datasets,
      seed: request.seed,
      realityLevel: payload.realityLevel,
      warnings: [...languageWarnings(reading), ...payload.warnings, ...purposeWarnings, ...selection.warnings, ...warnings, ...labelWarnings],
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

// Names stay English whatever the prompt's language: the domain files and the generator know
// English names, and a user who wants others gives a schema.
function languageWarnings(reading: PromptReading): string[] {
  return reading.language === undefined ? [] : [languageWarning(reading.language)];
}
