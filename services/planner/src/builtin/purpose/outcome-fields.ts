import type { Dataset } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { ConditionOperator, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { Purpose } from './purpose.js';

// Makes the carrier's other fields agree with the label: values of a status that already say
// the outcome are dropped (the label says it now), and flags true only while it has not
// happened (is_active) are set only where the label is false. Returns what it changed, in words.
export function alignOutcomeFields(purpose: Purpose, dataset: Dataset, label: string): string[] {
  const changes: string[] = [];
  for (const outcome of purpose.outcomeValues ?? []) {
    const field = dataset.fields.find((candidate) => candidate.name === outcome.field);
    if (field === undefined) continue;
    const kept = field.enumValues.filter((entry) => !outcome.values.includes(entry.value));
    if (kept.length === field.enumValues.length || kept.length === 0) continue;
    changes.push(`dropped ${field.name} ${field.enumValues.filter((entry) => outcome.values.includes(entry.value)).map((entry) => entry.value).join('/')}`);
    field.enumValues = kept;
  }
  for (const field of dataset.fields) {
    if (!(purpose.ongoingFlags ?? []).includes(field.name) || field.type !== LogicalType.LOGICAL_TYPE_BOOLEAN || field.onlyWhen !== undefined) continue;
    field.onlyWhen = { field: label, operator: ConditionOperator.CONDITION_OPERATOR_IS_FALSE, values: [], otherField: '' };
    changes.push(`${field.name} false where ${label}`);
  }
  return changes;
}
