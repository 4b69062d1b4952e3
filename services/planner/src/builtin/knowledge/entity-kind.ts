import type { GeneratorName } from '../../../../../libs/catalogue/src/generator-catalogue.js';

// A value and its relative weight, as the prompt or the domain knows it.
export type WeightedValue = readonly [value: string, weight: number];

// A parent this kind links to when the parent's dataset is in the plan. `column` names the
// foreign key when it is not `<parent singular>_id` (posts.author_id → users); `unless`
// skips the link when another dataset carries it (orders skip product_id beside order_items).
export interface Reference {
  readonly kind: string;
  readonly column?: string;
  readonly unless?: string;
}

// One kind of thing a prompt may name ("customers", "appointments"), with the columns such a
// dataset has when the prompt does not list them.
export interface EntityKind {
  // Dataset name: plural, lower snake case.
  readonly name: string;
  // When the plural of the name is irregular or a phrase ("order_items" → "order_item").
  readonly singular?: string;
  // Other words a prompt may use for the same thing, singular or plural.
  readonly aliases?: readonly string[];
  readonly description: string;
  // A person: `name` is a person's full name, `title` a job title.
  readonly person?: boolean;
  // An organisation or place a prompt may be set in rather than list: "A university with
  // students and courses" describes one university, it does not ask for a table of them.
  readonly setting?: boolean;
  // What a `name` column holds when it is not a person's name.
  readonly naming?: GeneratorName;
  readonly references?: readonly (string | Reference)[];
  // Default columns after the primary key `id` and the references.
  readonly fields: readonly string[];
  readonly enums?: Readonly<Record<string, readonly WeightedValue[]>>;
  readonly ranges?: Readonly<Record<string, readonly [min: number, max: number]>>;
}
