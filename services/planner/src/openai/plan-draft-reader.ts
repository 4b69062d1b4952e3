import type { ConditionDraft, DatasetDraft, FieldDraft, PlanDraft } from './plan-draft.js';
import { UnusablePlanError } from './unusable-plan.js';

// Far above any real plan; an answer this long is a runaway model, not a schema.
const MAX_ANSWER_CHARS = 1_000_000;

type Json = Record<string, unknown>;

// Reads the model's answer against PLAN_DRAFT_SCHEMA. Structure is checked strictly (a wrong
// type anywhere makes the whole answer unusable, with the path in the message); properties the
// schema allows to be null may also be missing, and unknown properties are ignored, so
// OpenAI-compatible servers that do not enforce the schema still work when they come close.
// Vocabulary (generator, type, distribution, operator) is left to the assembly, which can map
// or drop what it does not know.
export function readPlanDraft(answer: string): PlanDraft {
  if (answer.length > MAX_ANSWER_CHARS) throw new UnusablePlanError('the answer is too long to be a plan');
  let json: unknown;
  try {
    // Servers that do not enforce the schema sometimes wrap the JSON in a Markdown fence.
    json = JSON.parse(answer.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, '$1'));
  } catch {
    throw new UnusablePlanError('the answer is not valid JSON');
  }
  const root = object(json, 'the plan');
  const datasets = array(root.datasets, 'datasets').map((dataset, index) => readDataset(dataset, `datasets[${index}]`));
  if (datasets.length === 0) throw new UnusablePlanError('the plan has no datasets');
  return { domain: optional(root.domain, 'domain', string) ?? '', datasets };
}

function readDataset(value: unknown, path: string): DatasetDraft {
  const dataset = object(value, path);
  return {
    name: string(dataset.name, `${path}.name`),
    description: optional(dataset.description, `${path}.description`, string) ?? '',
    fields: array(dataset.fields, `${path}.fields`).map((field, index) => readField(field, `${path}.fields[${index}]`)),
  };
}

function readField(value: unknown, path: string): FieldDraft {
  const field = object(value, path);
  const at = (name: string) => `${path}.${name}`;
  return {
    name: string(field.name, at('name')),
    description: optional(field.description, at('description'), string) ?? '',
    type: optional(field.type, at('type'), string) ?? '',
    generator: optional(field.generator, at('generator'), string) ?? '',
    primaryKey: optional(field.primary_key, at('primary_key'), boolean) ?? false,
    unique: optional(field.unique, at('unique'), boolean) ?? false,
    nullable: optional(field.nullable, at('nullable'), boolean) ?? false,
    nullRate: optional(field.null_rate, at('null_rate'), number),
    foreignKey: optional(field.foreign_key, at('foreign_key'), (raw, where) => {
      const key = object(raw, where);
      return {
        dataset: string(key.dataset, `${where}.dataset`),
        field: optional(key.field, `${where}.field`, string) ?? '',
        children: optional(key.children, `${where}.children`, (rawChildren, at) => {
          const children = object(rawChildren, at);
          return { min: number(children.min, `${at}.min`), max: number(children.max, `${at}.max`) };
        }),
      };
    }),
    enumValues: (optional(field.enum_values, at('enum_values'), array) ?? []).map((raw, index) => {
      const where = `${at('enum_values')}[${index}]`;
      const choice = object(raw, where);
      return { value: scalarText(choice.value, `${where}.value`), weight: optional(choice.weight, `${where}.weight`, number) };
    }),
    numericRange: optional(field.numeric_range, at('numeric_range'), (raw, where) => {
      const range = object(raw, where);
      return {
        min: number(range.min, `${where}.min`),
        max: number(range.max, `${where}.max`),
        distribution: optional(range.distribution, `${where}.distribution`, string),
      };
    }),
    dateRange: optional(field.date_range, at('date_range'), (raw, where) => {
      const range = object(raw, where);
      return {
        start: optional(range.start, `${where}.start`, string),
        end: optional(range.end, `${where}.end`, string),
        afterField: optional(range.after_field, `${where}.after_field`, string),
        maxDaysAfter: optional(range.max_days_after, `${where}.max_days_after`, number),
        minDaysAfter: optional(range.min_days_after, `${where}.min_days_after`, number),
        notBefore: optional(range.not_before, `${where}.not_before`, string),
      };
    }),
    trueProbability: optional(field.true_probability, at('true_probability'), number),
    scale: optional(field.scale, at('scale'), number),
    formula: optional(field.formula, at('formula'), (raw, where) => {
      const formula = object(raw, where);
      return {
        operator: string(formula.operator, `${where}.operator`),
        operands: array(formula.operands, `${where}.operands`).map((operand, index) => string(operand, `${where}.operands[${index}]`)),
        asOf: optional(formula.as_of, `${where}.as_of`, string),
      };
    }),
    maxLength: optional(field.max_length, at('max_length'), number),
    onlyWhen: optional(field.only_when, at('only_when'), readCondition),
    lifts: (optional(field.lifts, at('lifts'), array) ?? []).map((raw, index) => {
      const where = `${at('lifts')}[${index}]`;
      const lift = object(raw, where);
      return { when: readCondition(lift.when, `${where}.when`), factor: number(lift.factor, `${where}.factor`) };
    }),
    aggregate: optional(field.aggregate, at('aggregate'), (raw, where) => {
      const aggregate = object(raw, where);
      return {
        dataset: string(aggregate.dataset, `${where}.dataset`),
        foreignKeyField: optional(aggregate.foreign_key_field, `${where}.foreign_key_field`, string),
        operator: string(aggregate.operator, `${where}.operator`),
        field: optional(aggregate.field, `${where}.field`, string),
      };
    }),
  };
}

function readCondition(value: unknown, path: string): ConditionDraft {
  const condition = object(value, path);
  return {
    field: string(condition.field, `${path}.field`),
    operator: string(condition.operator, `${path}.operator`),
    // A bound of at_least or below often comes as a number.
    values: (optional(condition.values, `${path}.values`, array) ?? []).map((value, index) => scalarText(value, `${path}.values[${index}]`)),
    otherField: optional(condition.other_field, `${path}.other_field`, string),
  };
}

function optional<T>(value: unknown, path: string, read: (value: unknown, path: string) => T): T | null {
  return value === undefined || value === null ? null : read(value, path);
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw mismatch(path, 'an object');
  return value as Json;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw mismatch(path, 'an array');
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw mismatch(path, 'a string');
  return value;
}

function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw mismatch(path, 'a finite number');
  return value;
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw mismatch(path, 'true or false');
  return value;
}

// Models often write enum values of numeric columns (ratings, sizes) as numbers.
function scalarText(value: unknown, path: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return string(value, path);
}

function mismatch(path: string, expected: string): UnusablePlanError {
  return new UnusablePlanError(`${path} must be ${expected}`);
}
