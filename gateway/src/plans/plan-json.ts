import type { Condition, Dataset, Field, Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { AGGREGATE_OPERATORS, CONDITION_OPERATORS, DISTRIBUTIONS, FORMULA_OPERATORS, LOGICAL_TYPES } from './plan-enums.js';

// A Plan as the REST API shows it: snake_case like the rest of the API, enum values spelled
// in lower case, and unset options left out so a plan reads (and edits) easily.
export function planToJson(plan: Plan): Record<string, unknown> {
  return compact({
    seed: plan.seed,
    reality_level: plan.realityLevel,
    planner: plan.planner,
    domain: plan.domain,
    locale: plan.locale,
    prompt: plan.prompt,
    warnings: plan.warnings,
    datasets: plan.datasets.map(datasetToJson),
  });
}

function datasetToJson(dataset: Dataset): Record<string, unknown> {
  return compact({
    name: dataset.name,
    size: dataset.size,
    description: dataset.description,
    fields: dataset.fields.map(fieldToJson),
    composite_keys: dataset.compositeKeys.map((key) => compact({ fields: key.fields, primary_key: key.primaryKey })),
    updates: dataset.updates,
  });
}

function fieldToJson(field: Field): Record<string, unknown> {
  return compact({
    name: field.name,
    type: LOGICAL_TYPES.name(field.type),
    generator: field.generator,
    primary_key: field.primaryKey,
    unique: field.unique,
    nullable: field.nullable,
    null_rate: field.nullRate,
    foreign_key: field.foreignKey && compact({ ...field.foreignKey, distribution: DISTRIBUTIONS.name(field.foreignKey.distribution) }),
    enum_values: field.enumValues.map((entry) => compact({ ...entry })),
    numeric_range: field.numericRange && compact({ ...field.numericRange, distribution: DISTRIBUTIONS.name(field.numericRange.distribution) }),
    date_range:
      field.dateRange &&
      compact({
        start: field.dateRange.start,
        end: field.dateRange.end,
        after_field: field.dateRange.afterField,
        max_days_after: field.dateRange.maxDaysAfter,
        min_days_after: field.dateRange.minDaysAfter,
        not_before: field.dateRange.notBefore,
      }),
    true_probability: field.trueProbability,
    scale: field.scale,
    formula: field.formula && compact({ operator: FORMULA_OPERATORS.name(field.formula.operator), operands: field.formula.operands, as_of: field.formula.asOf }),
    max_length: field.maxLength,
    description: field.description,
    sql_type: field.sqlType,
    precision: field.precision,
    default_sql: field.defaultSql,
    identity: field.identity,
    only_when: field.onlyWhen && conditionToJson(field.onlyWhen),
    aggregate:
      field.aggregate &&
      compact({
        dataset: field.aggregate.dataset,
        foreign_key_field: field.aggregate.foreignKeyField,
        operator: AGGREGATE_OPERATORS.name(field.aggregate.operator),
        field: field.aggregate.field,
      }),
    lifts: field.lifts.map((lift) => compact({ when: lift.when && conditionToJson(lift.when), factor: lift.factor })),
  });
}

function conditionToJson(condition: Condition): Record<string, unknown> {
  return compact({
    field: condition.field,
    operator: CONDITION_OPERATORS.name(condition.operator),
    values: condition.values,
    other_field: condition.otherField,
  });
}

// Leaves out what proto3 would not send either: defaults, empty strings and empty lists.
function compact(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entries).filter(([key, value]) => {
      if (value === undefined || value === '' || value === false) return false;
      if (Array.isArray(value) && value.length === 0) return key === 'warnings' || key === 'fields' || key === 'datasets';
      if (value === 0) return key === 'seed' || key === 'reality_level' || key === 'min' || key === 'max';
      return true;
    }),
  );
}
