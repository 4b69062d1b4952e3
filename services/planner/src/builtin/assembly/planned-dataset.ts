import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { EntityKind } from '../knowledge/entity-kind.js';

// A dataset whose fields are built and may still be refined by the prompt's constraints.
export interface PlannedDataset {
  readonly name: string;
  readonly kind?: EntityKind;
  readonly description: string;
  readonly explicit: boolean;
  readonly position: number;
  readonly fields: Field[];
}

export interface RefinementContext {
  readonly datasets: readonly PlannedDataset[];
  readonly warnings: string[];
}
