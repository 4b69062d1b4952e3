import type { Domain } from '../knowledge/domain.js';
import { GENERAL_DOMAIN } from '../knowledge/domain-registry.js';
import type { EntityMention, PromptReading } from '../prompt/prompt-reading.js';
import { meaningsOf } from '../prompt/term-index.js';

// What a plan may hold: the entities the prompt names, and the usual datasets of the system it
// describes, most central first, to complete them as far as the dataset count allows.
export interface EntityCandidates {
  readonly named: readonly EntityMention[];
  readonly usual: readonly EntityMention[];
  // "ride-sharing", "healthcare"; empty when the usual datasets are generic records.
  readonly system: string;
}

// The usual datasets are named nowhere in the prompt: no constraint of the prompt is theirs
// by position.
const UNNAMED = Number.MAX_SAFE_INTEGER;

// A prompt that lists its entities gets them. One that describes a system ("a ride-sharing
// app", "customer churn") gets the entities its compounds name and the usual datasets of that
// system; so does one that names a scenario in one noun phrase ("credit card transactions for
// fraud detection") or whose one phrase goes on to the system ("a car dealership"), since the
// phrase says what the system is, not all it holds.
export function entityCandidates(reading: PromptReading): EntityCandidates {
  const lists = reading.entities.length > 0 && !reading.framed;
  const describes = reading.namesSystem || (reading.scenario !== undefined && reading.onePhrase);
  if (lists && !describes) return { named: reading.entities, usual: [], system: '' };
  const core = reading.scenario?.scenario.core ?? reading.domain.defaults;
  const usual = core.flatMap((word) => usualDataset(word, reading.domain));
  const named = (lists ? reading.entities : reading.described).flatMap((mention) => scenarioMeaning(mention, reading, usual));
  if (named.length > 0 && reading.domain === GENERAL_DOMAIN) return { named, usual: [], system: '' };
  return {
    named,
    usual: usual.filter((entry) => !named.some((mention) => mention.kind === entry.kind || mention.name === entry.name)),
    system: reading.scenario?.scenario.name ?? reading.domain.name,
  };
}

// A core names a kind of its domain by the kind's name, or by any word a prompt may use for it.
function usualDataset(word: string, domain: Domain): EntityMention[] {
  const own = domain.kinds.find((kind) => kind.name === word);
  if (own !== undefined) return [{ name: own.name, kind: own, position: UNNAMED }];
  const meanings = meaningsOf(word.split(/[\s_]+/));
  const meaning = meanings.find((candidate) => candidate.domain === domain) ?? meanings[0];
  return meaning === undefined ? [] : [{ name: meaning.datasetName, kind: meaning.kind, position: UNNAMED }];
}

// A scenario's own words mean what the scenario means: the "delivery" of "food delivery" is
// no dataset of deliveries, the "hotel booking" of a hotel booking website its bookings.
function scenarioMeaning(mention: EntityMention, reading: PromptReading, usual: readonly EntityMention[]): EntityMention[] {
  const scenario = reading.scenario;
  if (scenario === undefined || mention.position < scenario.start || mention.position >= scenario.end) return [mention];
  const core = usual.find((entry) => entry.kind === mention.kind);
  return core === undefined ? [] : [{ ...mention, name: core.name }];
}
