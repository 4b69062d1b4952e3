import type { EntityMention } from '../prompt/prompt-reading.js';
import type { EntityCandidates } from './usual-datasets.js';

export interface EntitySelection {
  readonly entities: readonly EntityMention[];
  readonly warnings: string[];
}

// The named entities, then the usual datasets in order until the count is reached, saying
// which usual datasets were planned and which were left out.
export function selectEntities(candidates: EntityCandidates, count: number): EntitySelection {
  const { named, usual } = candidates;
  if (usual.length === 0 && named.length > 0) return { entities: named, warnings: [] };
  const added = usual.slice(0, Math.max(count - named.length, 0));
  const entities = [...named, ...added];
  return { entities, warnings: [selectionWarning(candidates, added, count - entities.length)] };
}

function selectionWarning({ named, usual, system }: EntityCandidates, added: readonly EntityMention[], missing: number): string {
  const leftOut = usual.slice(added.length);
  const source = system === '' ? 'generic datasets' : `the usual ${system} datasets`;
  const tail = leftOut.length > 0 ? ` (left out: ${names(leftOut)}; name them in the prompt to choose)` : missing > 0 ? ` (${added.length + named.length} of the ${added.length + named.length + missing} requested)` : '';
  if (named.length === 0) return `Prompt names no entities; planned ${source}: ${names(added)}${tail}`;
  if (added.length === 0) return `Prompt names ${names(named)}; left out ${source}: ${names(leftOut)} (name them in the prompt to choose)`;
  return `Prompt names ${names(named)}; added ${source}: ${names(added)}${tail}`;
}

function names(entities: readonly EntityMention[]): string {
  return entities.map((entity) => entity.name).join(', ');
}
