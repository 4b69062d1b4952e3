import type { EntityKind } from '../knowledge/entity-kind.js';
import type { ColumnSpec } from '../prompt/constraints.js';

// A column before it becomes a Field. `parent` is set when the domain knowledge links the
// column to another dataset of the plan (posts.author_id → users).
export interface DraftColumn extends ColumnSpec {
  readonly parent?: string;
  // The column links to its own dataset (employees.manager_id), which a plan cannot express
  // as a foreign key because referenced datasets must come first.
  readonly selfReference?: boolean;
}

export interface DatasetDraft {
  readonly name: string;
  readonly kind?: EntityKind;
  readonly description: string;
  readonly person: boolean;
  // The prompt listed the columns: they are kept exactly, none added.
  readonly explicit: boolean;
  readonly position: number;
  readonly columns: readonly DraftColumn[];
}
