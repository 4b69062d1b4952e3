import type { Domain } from '../knowledge/domain.js';
import type { EntityKind } from '../knowledge/entity-kind.js';
import type { Cardinality, ChildCountPhrase, ColumnSpec, DateConstraint, EnumConstraint, RangeConstraint } from './constraints.js';

// An entity the prompt names, in the prompt's words.
export interface EntityMention {
  // Dataset name: lower snake case, plural.
  readonly name: string;
  // The known kind, when the domain files know the word.
  readonly kind?: EntityKind;
  readonly position: number;
  // The prompt's own column list, `customers (id, name, email)`, kept exactly.
  readonly columns?: readonly ColumnSpec[];
}

// Everything the builtin planner takes from a prompt.
export interface PromptReading {
  readonly domain: Domain;
  readonly entities: readonly EntityMention[];
  readonly enums: readonly EnumConstraint[];
  readonly ranges: readonly RangeConstraint[];
  readonly dates: readonly DateConstraint[];
  readonly cardinalities: readonly Cardinality[];
  readonly childCounts: readonly ChildCountPhrase[];
  // The language other than English the prompt was read in ("Spanish"), if any.
  readonly language?: string;
}
