import type { EntityKind } from './entity-kind.js';

// A business domain: the words that reveal it, what it generates when the prompt names no
// entity, and the kinds of entities it knows.
export interface Domain {
  readonly name: string;
  readonly keywords: readonly string[];
  readonly defaults: readonly string[];
  readonly kinds: readonly EntityKind[];
}
