import type { Domain } from '../knowledge/domain.js';
import type { EntityKind } from '../knowledge/entity-kind.js';
import type { ScenarioMatch } from './scenario-detector.js';
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
  // The entities are only the setting the prompt is set in: "A school".
  readonly framed: boolean;
  // The entities stand in one noun phrase ("credit card transactions"), not in a list.
  readonly onePhrase: boolean;
  // That phrase goes on past its last entity to the system it describes: the "management app"
  // of "a project management app", the "dealership" of "a car dealership".
  readonly namesSystem: boolean;
  // Kinds named only inside a compound that describes the system or its purpose: "customer
  // churn", "course registration system".
  readonly described: readonly EntityMention[];
  readonly scenario?: ScenarioMatch;
  readonly enums: readonly EnumConstraint[];
  readonly ranges: readonly RangeConstraint[];
  readonly dates: readonly DateConstraint[];
  readonly cardinalities: readonly Cardinality[];
  readonly childCounts: readonly ChildCountPhrase[];
  // The language other than English the prompt was read in ("Spanish"), if any.
  readonly language?: string;
}
