import type { Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { applyPayloadRules } from '../rules/payload-rules.js';
import type { PlanningRequest } from '../rules/planning-request.js';
import { outlineDatasets } from './dataset-outline.js';
import { orderByDependencies } from './dataset-order.js';
import { cleanText } from './draft-text.js';
import { resolveForeignKeys } from './foreign-keys.js';
import type { PlanDraft } from './plan-draft.js';
import { settlePrimaryKey } from './primary-key.js';
import { checkRealismRules } from './realism-rules.js';

export const OPENAI_PLANNER = 'openai';

// Makes a plan of the model's draft that the generator can run and that honours the request:
// the model's datasets are the prompt's entities for the document's payload rules (which may
// refuse the request, adjust the count with a warning, and fix the sizes); every dataset gets
// one primary key, references point at earlier datasets' keys, realism rules name what the
// plan has, and whatever was changed on the way is reported in the plan's warnings.
export function assemblePlan(draft: PlanDraft, request: PlanningRequest): Plan {
  const warnings: string[] = [];
  const outlines = outlineDatasets(draft.datasets, warnings);
  const decision = applyPayloadRules(request, outlines.map((outline) => outline.name));
  const kept = outlines.slice(0, decision.datasets);
  for (const outline of kept) settlePrimaryKey(outline, warnings);
  resolveForeignKeys(kept, warnings);
  const ordered = orderByDependencies(kept, warnings);
  checkRealismRules(ordered, warnings);
  const datasets = ordered.map((outline) => ({
    name: outline.name,
    size: decision.datasetSize,
    fields: outline.fields,
    description: outline.description,
    compositeKeys: [],
    updates: '',
  }));
  return {
    datasets,
    seed: request.seed,
    realityLevel: decision.realityLevel,
    warnings: [...decision.warnings, ...warnings],
    prompt: request.prompt,
    planner: OPENAI_PLANNER,
    locale: '',
    domain: cleanText(draft.domain, 40).toLowerCase(),
  };
}
