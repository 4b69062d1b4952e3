import type { EntityKind } from '../knowledge/entity-kind.js';
import type { EntityMention } from '../prompt/prompt-reading.js';

// The people a business serves go by many names, and a record of one domain is as much the
// record of another's: "users and their orders" are orders of customers, "members" book
// classes as "guests" book rooms. When a kind's parent is one of these and the plan lacks
// it, the plan's own dataset of served people takes its place.
const PARTY_KINDS: ReadonlySet<string> = new Set([
  'customers', 'users', 'members', 'subscribers', 'guests', 'clients', 'policyholders', 'riders',
  'attendees', 'passengers', 'patients', 'tenants', 'buyers', 'accounts',
]);

export function standInFor(kindName: string, entity: EntityMention, entities: readonly EntityMention[]): EntityMention | undefined {
  if (!PARTY_KINDS.has(kindName)) return undefined;
  return entities.find((other) => other !== entity && isServedParty(other.kind));
}

export function isServedParty(kind: EntityKind | undefined): boolean {
  return kind !== undefined && kind.person === true && PARTY_KINDS.has(kind.name);
}
