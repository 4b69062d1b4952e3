import type { Dataset, Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { toField } from '../fields/field-builder.js';
import type { Feature } from './purpose.js';

export interface FeatureColumn {
  readonly feature: Feature;
  readonly field: Field;
  readonly added: boolean;
}

// Each feature's column in the dataset: one named like it that is already there, or a new one
// appended as the feature makes it, unless a column that fixes its value is there.
export function featureColumns(dataset: Dataset, features: readonly Feature[]): FeatureColumn[] {
  return features.flatMap((feature): FeatureColumn[] => {
    const existing = fieldNamed(dataset, [feature.name, ...(feature.aliases ?? [])]);
    if (existing !== undefined) return [{ feature, field: existing, added: false }];
    if (fieldNamed(dataset, feature.unless ?? []) !== undefined) return [];
    const field = toField(feature.name, feature.spec);
    dataset.fields.push(field);
    return [{ feature, field, added: true }];
  });
}

export function fieldNamed(dataset: Dataset, names: readonly string[]): Field | undefined {
  return names.map((name) => dataset.fields.find((field) => field.name === name)).find((field) => field !== undefined);
}

// Values drawn on their own, so that the share of records a condition on them holds in can be
// read from the field's plan, and conditions on different fields hold independently.
export function drawnIndependently(field: Field): boolean {
  return !field.primaryKey && field.foreignKey === undefined && field.formula === undefined && field.aggregate === undefined && field.onlyWhen === undefined && field.lifts.length === 0;
}
