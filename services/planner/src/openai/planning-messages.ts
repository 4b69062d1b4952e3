import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { GENERATOR_CATALOGUE } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { DEFAULT_DATASETS } from '../../../../libs/api/src/request-limits.js';
import type { PlanningRequest } from '../rules/planning-request.js';

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
- When the prompt lists a dataset's fields, plan exactly those fields (plus the key). Honour
  every value list and range the prompt states.
- Set properties that do not apply to null.

Generators (name (value type): meaning):
${CATALOGUE}`;

export function planningMessages(request: PlanningRequest): ChatCompletionMessageParam[] {
  const count =
    request.datasets === undefined
      ? `not given (${DEFAULT_DATASETS} when the prompt names no entity)`
      : `${request.datasets} (the prompt's entities decide when they disagree)`;
  return [
    { role: 'system', content: INSTRUCTIONS },
    { role: 'user', content: `Requested number of datasets: ${count}\n\nPrompt:\n${request.prompt}` },
  ];
}
