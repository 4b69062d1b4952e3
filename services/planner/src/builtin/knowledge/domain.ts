import type { EntityKind } from './entity-kind.js';
import type { Scenario } from './scenario.js';

// A business domain: the words that reveal it, the datasets it usually has (most central
// first) when the prompt names no scenario of it, and the kinds of entities it knows.
export interface Domain {
  readonly name: string;
  readonly keywords: readonly string[];
  readonly defaults: readonly string[];
  readonly kinds: readonly EntityKind[];
  readonly scenarios?: readonly Scenario[];
}
