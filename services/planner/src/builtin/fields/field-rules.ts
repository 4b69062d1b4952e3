import { ENUM_FIELDS, GENERIC_ENUM_FIELDS } from './enum-fields.js';
import type { FieldContext, FieldRule, FieldSpec } from './field-spec.js';
import { FLAG_FIELDS } from './flag-fields.js';
import { matchesGlob } from './glob.js';
import { IDENTITY_FIELDS } from './identity-fields.js';
import { MONEY_FIELDS } from './money-fields.js';
import { PERSON_FIELDS } from './person-fields.js';
import { PLACE_FIELDS } from './place-fields.js';
import { QUANTITY_FIELDS } from './quantity-fields.js';
import { using } from './recipes.js';
import { TEXT_FIELDS } from './text-fields.js';
import { TIME_FIELDS } from './time-fields.js';

// First match wins, so specific vocabularies come before the broad patterns they overlap:
// "icd10_code" is a diagnosis code before it is "*_code", "phone_number" a phone before
// "*_number", "room_number" a small integer before an identifier.
const RULES: readonly FieldRule[] = [
  ...ENUM_FIELDS,
  ...PERSON_FIELDS,
  ...FLAG_FIELDS,
  ...PLACE_FIELDS,
  ...TIME_FIELDS,
  ...QUANTITY_FIELDS,
  ...MONEY_FIELDS,
  ...IDENTITY_FIELDS,
  ...TEXT_FIELDS,
  ...GENERIC_ENUM_FIELDS,
];

// How a column's values are made, from its name and what the entity knows about it.
export function specFor(name: string, context: FieldContext): FieldSpec {
  const values = context.kind?.enums?.[name];
  const spec: FieldSpec = values !== undefined ? { generator: 'enum', values } : fromRules(name, context);
  const range = context.kind?.ranges?.[name];
  if (range === undefined || spec.range === undefined) return spec;
  // A bell shape drawn for the generic range would sit outside the kind's own range.
  const keepsShape = spec.mean === undefined || (spec.mean >= range[0] && spec.mean <= range[1]);
  return keepsShape ? { ...spec, range } : { ...spec, range, mean: 0, stddev: 0 };
}

function fromRules(name: string, context: FieldContext): FieldSpec {
  const found = RULES.find((rule) => rule.names.some((pattern) => matchesGlob(name, pattern)));
  if (found === undefined) return using('text.word');
  return typeof found.recipe === 'function' ? found.recipe(context, name) : found.recipe;
}
