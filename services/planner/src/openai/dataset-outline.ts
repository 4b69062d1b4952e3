import type { Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { cleanText } from './draft-text.js';
import { shapeField, type DraftReference } from './field-shaping.js';
import { IdentifierSet, sanitiseIdentifier } from '../naming/identifiers.js';
import type { DatasetDraft } from './plan-draft.js';

// Wider than any table a prompt describes; beyond it the model is rambling.
const MAX_FIELDS = 60;

// A dataset on its way into the plan: names are safe and fields shaped, while keys and
// references are still being settled.
export interface DatasetOutline {
  readonly name: string;
  readonly description: string;
  fields: Field[];
  // Foreign key fields and the target the model named for each, in its own words.
  readonly references: Map<Field, DraftReference>;
}

export function outlineDatasets(drafts: readonly DatasetDraft[], warnings: string[]): DatasetOutline[] {
  const datasetNames = new IdentifierSet();
  return drafts.map((draft) => {
    const name = datasetNames.claim(sanitiseIdentifier(draft.name, 'dataset'));
    const fieldNames = new IdentifierSet();
    const fields: Field[] = [];
    const references = new Map<Field, DraftReference>();
    for (const fieldDraft of draft.fields.slice(0, MAX_FIELDS)) {
      const fieldName = fieldNames.claim(sanitiseIdentifier(fieldDraft.name, 'field'));
      const shaped = shapeField(fieldDraft, fieldName, fields, `Field ${name}.${fieldName}`, warnings);
      if (!shaped) continue;
      fields.push(shaped.field);
      if (shaped.reference) references.set(shaped.field, shaped.reference);
    }
    if (draft.fields.length > MAX_FIELDS) {
      warnings.push(`Dataset ${name}: kept the first ${MAX_FIELDS} of ${draft.fields.length} fields`);
    }
    return { name, description: cleanText(draft.description, 200), fields, references };
  });
}
