import type { GeneratorName } from '../../../../../libs/catalogue/src/generator-catalogue.js';
import type { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { EntityKind, WeightedValue } from '../knowledge/entity-kind.js';

// How one column's values are made, before it becomes a plan Field.
export interface FieldSpec {
  readonly generator: GeneratorName;
  readonly range?: readonly [min: number, max: number];
  readonly distribution?: Distribution;
  readonly mean?: number;
  readonly stddev?: number;
  readonly scale?: number;
  readonly values?: readonly WeightedValue[];
  readonly nullRate?: number;
  readonly trueProbability?: number;
  readonly unique?: boolean;
  readonly dates?: readonly [start: string, end: string];
  readonly maxLength?: number;
  readonly description?: string;
}

// What a field rule may consult besides the column name.
export interface FieldContext {
  readonly kind?: EntityKind;
  // Records of the dataset are people: `name` is a person's name, `title` a job title.
  readonly person: boolean;
}

export type FieldRecipe = FieldSpec | ((context: FieldContext, name: string) => FieldSpec);

// Column names a rule applies to: exact names, or globs with `*` ("*_date", "is_*").
export interface FieldRule {
  readonly names: readonly string[];
  readonly recipe: FieldRecipe;
}
