import { GENERATOR_NAMES, type ValueKind } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { EnumSpelling } from '../../../../libs/plan/src/enum-spelling.js';
import { ConditionOperator } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';

export const FIELD_TYPES = ['string', 'text', 'integer', 'decimal', 'float', 'boolean', 'date', 'timestamp', 'uuid'] as const satisfies readonly ValueKind[];
export const DISTRIBUTIONS = ['uniform', 'normal', 'log_normal', 'zipf'] as const;
export const FORMULA_OPERATORS = ['product', 'sum', 'difference', 'age'] as const;
// Spelled as the REST API spells them, so a plan reads the same whichever way it came.
export const CONDITION_OPERATORS = new EnumSpelling<ConditionOperator>(ConditionOperator, 'CONDITION_OPERATOR_');
export const AGGREGATE_OPERATORS = ['count', 'sum'] as const;

// Strict structured outputs want every property required and no extra ones; "may be absent"
// is spelled as a union with null.
type JsonSchema = Record<string, unknown>;

function object(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}

function nullable(schema: JsonSchema): JsonSchema {
  return { anyOf: [schema, { type: 'null' }] };
}

const NULLABLE_NUMBER = { type: ['number', 'null'] };
const NULLABLE_INTEGER = { type: ['integer', 'null'] };
const NULLABLE_STRING = { type: ['string', 'null'] };

const CONDITION = object({
  field: { type: 'string', description: 'Another field of the same record that is tested.' },
  operator: { type: 'string', enum: CONDITION_OPERATORS.names },
  values: {
    type: 'array',
    items: { type: 'string' },
    description: 'For one_of and none_of: enum values of the tested field. For at_least and below: one number the tested numeric field is compared with ("500").',
  },
  other_field: { ...NULLABLE_STRING, description: 'For after and not_after: the field the tested one is compared with.' },
});

const FIELD = object({
  name: { type: 'string', description: 'Column name, lower snake_case.' },
  description: { type: 'string' },
  type: { type: 'string', enum: FIELD_TYPES },
  generator: { type: 'string', enum: GENERATOR_NAMES, description: 'Value generator from the catalogue.' },
  primary_key: { type: 'boolean' },
  unique: { type: 'boolean' },
  nullable: { type: 'boolean' },
  null_rate: { ...NULLABLE_NUMBER, description: 'Share of null values, 0..1, when nullable.' },
  foreign_key: nullable(
    object({
      dataset: { type: 'string', description: 'Name of an earlier dataset of this plan.' },
      field: { type: 'string', description: "That dataset's primary key field." },
      children: nullable(
        object({ min: { type: 'integer' }, max: { type: 'integer' } }),
      ),
    }),
  ),
  enum_values: {
    type: 'array',
    description: 'Allowed values when generator is "enum", otherwise empty.',
    items: object({ value: { type: 'string' }, weight: { ...NULLABLE_NUMBER, description: 'Relative weight.' } }),
  },
  numeric_range: nullable(
    object({ min: { type: 'number' }, max: { type: 'number' }, distribution: { type: ['string', 'null'], enum: [...DISTRIBUTIONS, null] } }),
  ),
  date_range: nullable(
    object({
      start: { ...NULLABLE_STRING, description: 'YYYY-MM-DD.' },
      end: { ...NULLABLE_STRING, description: 'YYYY-MM-DD.' },
      after_field: { ...NULLABLE_STRING, description: 'An earlier date or timestamp field of the same dataset this one follows.' },
      max_days_after: NULLABLE_INTEGER,
      min_days_after: { ...NULLABLE_INTEGER, description: 'Days after after_field or not_before at the least; 0 allows the same day.' },
      not_before: {
        ...NULLABLE_STRING,
        description: 'Never earlier than this date: another date field of the same record, or "<reference field>.<date field of the referenced dataset>" (customer_id.signup_date).',
      },
    }),
  ),
  true_probability: { ...NULLABLE_NUMBER, description: 'For booleans: probability of true, 0..1.' },
  scale: { ...NULLABLE_INTEGER, description: 'For decimals: digits after the decimal point.' },
  formula: nullable(
    object({
      operator: { type: 'string', enum: FORMULA_OPERATORS },
      operands: { type: 'array', items: { type: 'string' }, description: 'Earlier numeric fields of the same dataset; for age, a birth date and optionally the date the age is counted on.' },
      as_of: { ...NULLABLE_STRING, description: 'For age with one operand: the day ages are counted on, YYYY-MM-DD.' },
    }),
  ),
  max_length: { ...NULLABLE_INTEGER, description: 'For text: the longest value in characters.' },
  only_when: nullable(CONDITION),
  lifts: {
    type: 'array',
    description:
      "For a boolean label (is_fraud, churned): true_probability is multiplied by each factor whose condition on another field of the record holds (above 1 likelier, below 1 rarer); otherwise empty.",
    items: object({ when: CONDITION, factor: { type: 'number', description: 'Above 0.' } }),
  },
  aggregate: nullable(
    object({
      dataset: { type: 'string', description: 'A later dataset whose records reference this one, with foreign_key.children set.' },
      foreign_key_field: { ...NULLABLE_STRING, description: "That dataset's reference to this one, when it has several." },
      operator: { type: 'string', enum: AGGREGATE_OPERATORS },
      field: { ...NULLABLE_STRING, description: "For sum: that dataset's numeric field that is added up." },
    }),
  ),
});

const DATASET = object({
  name: { type: 'string', description: 'Table name: the entity, plural, lower snake_case.' },
  description: { type: 'string', description: 'What one record stands for.' },
  fields: { type: 'array', items: FIELD },
});

// The plan draft the model fills in. The same names are read back by plan-draft-reader.ts.
export const PLAN_DRAFT_SCHEMA = object({
  domain: { type: 'string', description: 'Business domain in lower case, e.g. "e-commerce", or "" when none fits.' },
  datasets: { type: 'array', items: DATASET },
});

export const PLAN_DRAFT_SCHEMA_NAME = 'datagen_plan_draft';
