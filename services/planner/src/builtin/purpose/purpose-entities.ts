import { DEFAULT_DATASETS, MAX_DATASETS } from '../../../../../libs/api/src/request-limits.js';
import { DOMAINS, GENERAL_DOMAIN, kindNamed } from '../knowledge/domain-registry.js';
import type { EntityMention, PromptReading } from '../prompt/prompt-reading.js';
import type { Purpose } from './purpose.js';
import { carrierIn } from './carrier.js';

export interface PurposeReading {
  readonly reading: PromptReading;
  readonly warnings: string[];
}

// The datasets the prompt's leading purpose needs (the first whose carrier the prompt names or
// its domain knows), settled before the request's dataset count is, so that the
// count and its limits cover them. A prompt naming no entity gets its domain's usual datasets
// when one of them can carry the label; otherwise the carrier the domain knows, with those of
// the usual datasets it references, or the purpose's own datasets when the domain knows none. A prompt naming entities keeps them;
// only a purpose that cannot work without its carrier (a recommender's interactions) adds it.
export function readingForPurposes(reading: PromptReading, purposes: readonly Purpose[], requestedDatasets: number | undefined): PurposeReading {
  const purpose = purposes.find((candidate) => carrierIn(candidate, reading.entities) !== undefined || knownCarrier(candidate, reading) !== undefined) ?? purposes[0];
  if (purpose === undefined) return { reading, warnings: [] };
  if (reading.entities.length === 0) return withoutNamedEntities(reading, purpose, requestedDatasets ?? DEFAULT_DATASETS);
  if (purpose.carrierRequired !== true || carrierIn(purpose, reading.entities) !== undefined) return { reading, warnings: [] };
  const carrier = knownCarrier(purpose, reading) ?? purpose.carriers.map((name) => kindNamed(name, reading.domain)).find((kind) => kind !== undefined);
  if (carrier === undefined || reading.entities.length >= MAX_DATASETS) {
    return { reading, warnings: [`${capitalised(purpose.name)} needs a dataset of ${purpose.carriers.slice(0, 3).join(' or ')}; the plan has none`] };
  }
  const position = Math.max(...reading.entities.map((entity) => entity.position)) + 1;
  return {
    reading: { ...reading, entities: [...reading.entities, { name: carrier.name, kind: carrier, position }] },
    warnings: [`${capitalised(purpose.name)} needs records linking users to items; added ${carrier.name}`],
  };
}

// The general domain's usual datasets are placeholders (records), never a carrier.
function withoutNamedEntities(reading: PromptReading, purpose: Purpose, count: number): PurposeReading {
  const general = reading.domain === GENERAL_DOMAIN;
  const usual = general ? [] : reading.domain.defaults.slice(0, count);
  if (carrierIn(purpose, usual.map((name) => ({ name }))) !== undefined) return { reading, warnings: [] };
  const carrier = general ? undefined : knownCarrier(purpose, reading);
  // Of the usual datasets, those the carrier references: patients beside admissions, not doctors.
  const referenced = new Set((carrier?.references ?? []).map((reference) => (typeof reference === 'string' ? reference : reference.kind)));
  const names = carrier === undefined ? purpose.entities : [...usual.filter((name) => referenced.has(name)), carrier.name];
  const domain = general ? (DOMAINS.find((candidate) => candidate.name === purpose.domain) ?? reading.domain) : reading.domain;
  const entities: EntityMention[] = names.map((name, position) => {
    const kind = kindNamed(name, domain);
    return kind === undefined ? { name, position, columns: [{ name: 'id' }, { name: 'occurred_at' }] } : { name, kind, position };
  });
  return {
    reading: { ...reading, domain, entities },
    warnings: [`Prompt names no entity the planner recognises; generating ${names.join(', ')} for ${purpose.name}`],
  };
}

// The first carrier the prompt's own domain has a kind for.
function knownCarrier(purpose: Purpose, reading: PromptReading) {
  return purpose.carriers.map((name) => reading.domain.kinds.find((kind) => kind.name === name)).find((kind) => kind !== undefined);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
