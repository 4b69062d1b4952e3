import type { WeightedValue } from '../knowledge/entity-kind.js';

// What the prompt says about one column, wherever it says it. `position` is the character
// offset in the prompt: a constraint belongs to the entity named most recently before it.
export interface EnumConstraint {
  readonly field: string;
  readonly values: readonly WeightedValue[];
  readonly position: number;
  // The entity word that qualified the field ("order status" → orders), if any.
  readonly entity?: string;
}

export interface RangeConstraint {
  readonly field: string;
  readonly min: number;
  readonly max: number;
  readonly position: number;
}

export interface DateConstraint {
  readonly field: string;
  readonly start: string;
  readonly end: string;
  readonly position: number;
}

// "Include 5 product categories": the classification `word` has `count` values, on the
// entity named by `entity` when the prompt says which.
export interface Cardinality {
  readonly word: string;
  readonly count: number;
  readonly entity?: string;
  readonly position: number;
}

// "0-5 orders per customer": each record of `parent` has `min` to `max` records of
// `children` (both dataset names: lower case, plural).
export interface ChildCountPhrase {
  readonly children: string;
  readonly parent: string;
  readonly min: number;
  readonly max: number;
  readonly position: number;
}

export interface ColumnSpec {
  readonly name: string;
  readonly values?: readonly WeightedValue[];
  readonly range?: readonly [min: number, max: number];
}
