import type { Domain } from '../knowledge/domain.js';
import { GENERAL_DOMAIN, kindNamed } from '../knowledge/domain-registry.js';
import type { EntityMention, PromptReading } from '../prompt/prompt-reading.js';

export interface EntitySelection {
  readonly entities: readonly EntityMention[];
  readonly warnings: string[];
}

// The entities to generate: those the prompt names, or, when it names none, the usual
// entities of its domain (generic records when no domain shows), never more than asked.
export function selectEntities(reading: PromptReading, count: number): EntitySelection {
  if (reading.entities.length > 0) return { entities: reading.entities, warnings: [] };
  const domain: Domain = reading.domain;
  const entities = domain.defaults.slice(0, count).flatMap((name, position) => {
    const kind = kindNamed(name, domain);
    return kind === undefined ? [] : [{ name, kind, position }];
  });
  const names = entities.map((entity) => entity.name).join(', ');
  const source = domain === GENERAL_DOMAIN ? 'generic datasets' : `the usual ${domain.name} datasets`;
  const shortfall = entities.length < count ? ` (${entities.length} of the ${count} requested)` : '';
  return {
    entities,
    warnings: [`Prompt names no entity the planner recognises; generating ${source}: ${names}${shortfall}`],
  };
}
