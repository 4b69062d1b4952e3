import type { FieldSpec } from '../fields/field-spec.js';

// What must hold for a lift to apply, in the terms of the feature it tests.
export type LiftTest =
  | { readonly operator: 'is_true' | 'is_false' }
  | { readonly operator: 'one_of'; readonly values: readonly string[] }
  | { readonly operator: 'at_least' | 'below'; readonly value: number };

// How much likelier (factor above 1) or rarer (below 1) the label is where the test holds.
export interface FeatureLift {
  readonly when: LiftTest;
  readonly factor: number;
}

// A column that plausibly drives the label. A column of the dataset named like it serves in its
// place; otherwise it is added as `spec` makes it.
export interface Feature {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly spec: FieldSpec;
  readonly lift?: FeatureLift;
  // Columns that already fix the feature's value (hire_date fixes the years at the company): a
  // dataset holding one gets no feature that would contradict it.
  readonly unless?: readonly string[];
}

// The boolean a model learns to predict, true in `rate` of the records overall.
export interface Label {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly rate: number;
}

// An enum value of the carrier that already says the label's outcome (a loan's status
// "defaulted" beside `defaulted`): kept, it would contradict the label in most records.
export interface OutcomeValue {
  readonly field: string;
  readonly values: readonly string[];
}

// What a dataset is for ("fraud detection"), and what that asks of the plan.
export interface Purpose {
  readonly name: string;
  // Phrases that reveal the purpose in a lower-case prompt.
  readonly cues: readonly RegExp[];
  // Datasets that naturally carry the label, best first.
  readonly carriers: readonly string[];
  // Datasets to plan when the prompt names none and its domain's usual ones carry no label:
  // kind names of the domain files, the carrier among them.
  readonly entities: readonly string[];
  // The domain those datasets come from, and the plan's when the prompt shows none.
  readonly domain: string;
  // The label cannot sit on another dataset (a recommender needs records linking users to
  // items): the carrier is added when the prompt names entities without it.
  readonly carrierRequired?: boolean;
  // Absent for a purpose whose signal is not a yes/no outcome (a recommender learns from ratings).
  readonly label?: Label;
  readonly features: readonly Feature[];
  readonly outcomeValues?: readonly OutcomeValue[];
  // Flags true only while the outcome has not happened (employees.is_active): they stay false
  // where the label is true.
  readonly ongoingFlags?: readonly string[];
}
