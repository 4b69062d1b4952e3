import { DOMAINS, GENERAL_DOMAIN, kindNamed } from '../knowledge/domain-registry.js';
import type { EntityKind } from '../knowledge/entity-kind.js';
import type { EntityCandidates } from '../assembly/usual-datasets.js';
import type { EntityMention, PromptReading } from '../prompt/prompt-reading.js';
import type { Purpose } from './purpose.js';
import { carrierIn } from './carrier.js';

export interface PurposeCandidates {
  readonly reading: PromptReading;
  readonly candidates: EntityCandidates;
  readonly warnings: string[];
}

// The usual datasets are named nowhere in the prompt, like the domain cores' own.
const UNNAMED = Number.MAX_SAFE_INTEGER;

// The entities a prompt's leading purpose needs (the first whose carrier the candidates hold or
// the prompt's domain knows), settled before the request's dataset count is, so that the count
// and its limits cover them.
// - A carrier among the usual datasets goes first of them, so that no count leaves it out.
// - A prompt naming no entity whose domain's usual datasets hold no carrier gets the carrier
//   the domain knows; with no domain shown, the purpose's own datasets in the purpose's domain.
// - A prompt naming entities keeps them; only a purpose that cannot work without its carrier (a
//   recommender's interactions) adds it.
export function candidatesForPurposes(reading: PromptReading, candidates: EntityCandidates, purposes: readonly Purpose[]): PurposeCandidates {
  const unchanged = { reading, candidates, warnings: [] };
  const all = [...candidates.named, ...candidates.usual];
  const purpose = purposes.find((candidate) => carrierIn(candidate, all) !== undefined || knownCarrier(candidate, reading) !== undefined) ?? purposes[0];
  if (purpose === undefined || carrierIn(purpose, candidates.named) !== undefined) return unchanged;
  if (candidates.named.length === 0 && reading.domain === GENERAL_DOMAIN) return purposeDatasets(reading, purpose);
  const usualCarrier = carrierIn(purpose, candidates.usual);
  if (usualCarrier !== undefined) {
    return { reading, candidates: { ...candidates, usual: [usualCarrier, ...candidates.usual.filter((entry) => entry !== usualCarrier)] }, warnings: [] };
  }
  if (candidates.named.length === 0) {
    const carrier = knownCarrier(purpose, reading);
    if (carrier === undefined) return purposeDatasets(reading, purpose);
    return { reading, candidates: { ...candidates, usual: [{ name: carrier.name, kind: carrier, position: UNNAMED }, ...candidates.usual] }, warnings: [] };
  }
  if (purpose.carrierRequired !== true) return unchanged;
  const carrier = linkingCarrier(purpose, candidates.named) ?? knownCarrier(purpose, reading) ?? purpose.carriers.map((name) => kindNamed(name, reading.domain)).find((kind) => kind !== undefined);
  if (carrier === undefined) return { ...unchanged, warnings: [`${capitalised(purpose.name)} needs a dataset of ${purpose.carriers.slice(0, 3).join(' or ')}; the plan has none`] };
  const position = Math.max(...candidates.named.map((entity) => entity.position)) + 1;
  return {
    reading,
    candidates: { ...candidates, named: [...candidates.named, { name: carrier.name, kind: carrier, position }] },
    warnings: [`${capitalised(purpose.name)} needs records linking users to items; added ${carrier.name}`],
  };
}

// The general domain's usual datasets are placeholders (records), never a carrier: a prompt
// showing no domain, or one whose domain knows no carrier, gets the purpose's own datasets.
function purposeDatasets(reading: PromptReading, purpose: Purpose): PurposeCandidates {
  const domain = DOMAINS.find((candidate) => candidate.name === purpose.domain) ?? reading.domain;
  const usual: EntityMention[] = purpose.entities.map((name) => {
    const kind = kindNamed(name, domain);
    return kind === undefined ? { name, position: UNNAMED, columns: [{ name: 'id' }, { name: 'occurred_at' }] } : { name, kind, position: UNNAMED };
  });
  return { reading: { ...reading, domain }, candidates: { named: [], usual, system: purpose.name }, warnings: [] };
}

// The carrier kind of any domain that references most of the named entities: products' reviews
// beside users and products, whatever domain the prompt reads as.
function linkingCarrier(purpose: Purpose, named: readonly EntityMention[]): EntityKind | undefined {
  const names = new Set(named.map((entity) => entity.name));
  let best: { kind: EntityKind; links: number } | undefined;
  for (const carrier of purpose.carriers) {
    for (const domain of DOMAINS) {
      const kind = domain.kinds.find((candidate) => candidate.name === carrier);
      const links = (kind?.references ?? []).filter((reference) => names.has(typeof reference === 'string' ? reference : reference.kind)).length;
      if (kind !== undefined && links > 0 && (best === undefined || links > best.links)) best = { kind, links };
    }
  }
  return best?.kind;
}

// The first carrier the prompt's own domain has a kind for.
function knownCarrier(purpose: Purpose, reading: PromptReading): EntityKind | undefined {
  return purpose.carriers.map((name) => reading.domain.kinds.find((kind) => kind.name === name)).find((kind) => kind !== undefined);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
