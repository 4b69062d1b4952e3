import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { GENERATOR_CATALOGUE } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { DEFAULT_DATASETS } from '../../../../libs/api/src/request-limits.js';
import type { PlanningRequest } from '../rules/planning-request.js';
import { PLAN_DRAFT_SCHEMA } from './plan-draft-schema.js';
import type { ResponseFormatKind } from './response-format.js';

const CATALOGUE = GENERATOR_CATALOGUE.map((entry) => `- ${entry.name} (${entry.kind}): ${entry.description}`).join('\n');

// The rules mirror what the assembly enforces anyway; telling the model saves it from
// planning fields that would be dropped or rewritten.
const INSTRUCTIONS = `You design synthetic datasets for DataGen. You never write records: you describe tables,
and a generator makes every value from the generator you name for each field.

Rules:
- One dataset per entity the prompt names, in the order the prompt names them. Never add an
  entity the prompt neither names nor clearly implies. Only when the prompt names no entity,
  plan the requested number of datasets that are typical of its domain.
- Names are lower snake_case; dataset names are plural nouns (customers, order_items).
- Every dataset has exactly one primary key: a field "id" with generator id.sequence, unless
  the prompt asks for UUID or code keys (id.uuid, id.code).
- A field that references another dataset is named <singular>_id, has generator "reference"
  and a foreign_key naming that dataset and its primary key field. Datasets must not
  reference each other in a cycle, and a dataset never references itself.
- Fields with a small set of values (status, type, tier, rating) use generator "enum" with
  enum_values and realistic relative weights. Other fields have empty enum_values.
- Numeric fields give a realistic numeric_range; date and timestamp fields a date_range
  (YYYY-MM-DD), or after_field naming an earlier date field they follow (shipped after ordered).
- Generator "formula" computes a field as the product, sum or difference of earlier numeric
  fields of the same dataset (line_total = quantity * unit_price).
- Formula "age" computes whole years from an earlier birth date field to a second earlier
  date field (age at the appointment), or to as_of (default 2025-01-01) when it has one operand.
- Dates never precede what they depend on: give an event date date_range.not_before naming
  the creation date of the record it references, as "<reference field>.<date field>"
  (orders.order_date: "customer_id.signup_date"; loans.loaned_date: "member_id.joined_date"),
  or another date of the same record. Never a scheduled date of the parent: tickets are
  bought before the concert starts.
- only_when makes a field hold its value only in records where a condition on another field
  of the same record holds; elsewhere it is null (nullable fields), 0 (numbers) or false
  (booleans). Use it for outcomes of a status (shipped_at only when status one_of shipped or
  delivered; cancelled_at only when cancelled), fees for lateness (late_fee only when
  returned_date after due_date) and member benefits (discount only when is_member is_true).
  one_of and none_of list enum values of the tested field; after and not_after compare it
  with other_field; at_least and below compare a numeric field with the one number in values
  ("500"). Fields that become null must be nullable.
- When the prompt says what the data is for (fraud detection, churn, default prediction), give
  its boolean label a realistic base true_probability and lifts from the features that drive
  it: each lift multiplies the probability where its condition on another field of the record
  holds (is_fraud: ×3 when amount at_least 500, ×5 when is_international is_true). Other
  fields have empty lifts.
- When the prompt says how many children each record has ("0-5 orders per customer"), set
  foreign_key.children on the children's reference; its range must include 1, as every
  dataset has the same size. A parent's count or total of those children is then an
  aggregate (orders.item_count: count of order_items; orders.total: sum of order_items.line_total).
- When the prompt lists a dataset's fields, plan exactly those fields (plus the key). Honour
  every value list and range the prompt states.
- Set properties that do not apply to null.

Generators (name (value type): meaning):
${CATALOGUE}`;

// In JSON mode the server holds the answer to no schema, so the model reads it here instead
// (JSON mode also wants the word JSON in the messages).
const JSON_MODE_INSTRUCTIONS = `${INSTRUCTIONS}

Answer with one JSON object and nothing else, valid against this JSON schema:
${JSON.stringify(PLAN_DRAFT_SCHEMA)}`;

export function planningMessages(request: PlanningRequest, format: ResponseFormatKind): ChatCompletionMessageParam[] {
  const count =
    request.datasets === undefined
      ? `not given (${DEFAULT_DATASETS} when the prompt names no entity)`
      : `${request.datasets} (the prompt's entities decide when they disagree)`;
  return [
    { role: 'system', content: format === 'json_object' ? JSON_MODE_INSTRUCTIONS : INSTRUCTIONS },
    { role: 'user', content: `Requested number of datasets: ${count}\n\nPrompt:\n${request.prompt}` },
  ];
}
