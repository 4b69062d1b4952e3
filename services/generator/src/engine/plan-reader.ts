import {
  AggregateOperator,
  ConditionOperator,
  Distribution,
  FormulaOperator,
  LogicalType,
  type Condition,
  type Dataset,
  type Field,
  type Plan,
} from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { MAX_REALITY } from '../../../../libs/api/src/request-limits.js';
import { DEFAULT_LOCALE, isLocale, LOCALES, type LocaleName } from '../../../../libs/api/src/locales.js';
import { PlanError } from './plan-error.js';
import { enumValue, finiteNumber, fraction, list, safeInteger, text } from './wire-values.js';

// The plan with every default filled in, so the rest of the engine never meets null, a string
// int64 or an enum name.
export interface PlanSpec {
  readonly seed: number;
  readonly realityLevel: number;
  readonly locale: LocaleName;
  readonly datasets: readonly Dataset[];
}

export function readPlan(plan: Plan | null | undefined): PlanSpec {
  if (plan == null) throw new PlanError('The request has no plan.');
  const seed = safeInteger(plan.seed, 'The plan seed');
  const realityLevel = safeInteger(plan.realityLevel, 'The reality level');
  if (realityLevel > MAX_REALITY) throw new PlanError(`The reality level must be between 0 and ${MAX_REALITY}, got ${realityLevel}.`);
  const locale = text(plan.locale) || DEFAULT_LOCALE;
  if (!isLocale(locale)) throw new PlanError(`The plan's locale "${locale}" is not one of ${LOCALES.join(', ')}.`);
  const datasets = list(plan.datasets).map(readDataset);
  const names = new Set<string>();
  for (const dataset of datasets) {
    if (names.has(dataset.name)) throw new PlanError(`The plan has two datasets named "${dataset.name}".`);
    names.add(dataset.name);
  }
  return { seed, realityLevel, locale, datasets };
}

function readDataset(dataset: Dataset, position: number): Dataset {
  const name = text(dataset?.name);
  if (name === '' || name.includes('\0')) throw new PlanError(`Dataset ${position + 1} needs a name without NUL characters.`);
  const fields = list(dataset.fields).map((field, index) => readField(field, `${name}.${text(field?.name) || `#${index + 1}`}`));
  const names = new Set<string>();
  for (const field of fields) {
    if (names.has(field.name)) throw new PlanError(`Dataset "${name}" has two fields named "${field.name}".`);
    names.add(field.name);
  }
  const compositeKeys = list(dataset.compositeKeys).map((key) => ({ fields: list(key?.fields).map((field) => text(field)), primaryKey: key?.primaryKey === true }));
  return { name, size: safeInteger(dataset.size, `The size of dataset "${name}"`), fields, description: text(dataset.description), compositeKeys, updates: text(dataset.updates) };
}

function readField(field: Field, where: string): Field {
  const name = text(field?.name);
  if (name === '' || name.includes('\0')) throw new PlanError(`Field ${where} needs a name without NUL characters.`);
  const foreignKey = field.foreignKey;
  const range = field.numericRange;
  const dates = field.dateRange;
  const formula = field.formula;
  const condition = field.onlyWhen;
  const aggregate = field.aggregate;
  return {
    name,
    type: enumValue(field.type, LogicalType, `The type of ${where}`),
    generator: text(field.generator),
    nullable: field.nullable === true,
    nullRate: fraction(field.nullRate, `The null_rate of ${where}`),
    unique: field.unique === true,
    primaryKey: field.primaryKey === true,
    foreignKey:
      foreignKey == null
        ? undefined
        : {
            dataset: text(foreignKey.dataset),
            field: text(foreignKey.field),
            distribution: enumValue(foreignKey.distribution, Distribution, `The foreign key distribution of ${where}`),
            group: text(foreignKey.group),
            children:
              foreignKey.children == null
                ? undefined
                : {
                    min: safeInteger(foreignKey.children.min, `The foreign_key.children.min of ${where}`),
                    max: safeInteger(foreignKey.children.max, `The foreign_key.children.max of ${where}`),
                  },
          },
    enumValues: list(field.enumValues).map((choice) => ({
      value: text(choice?.value),
      weight: finiteNumber(choice?.weight, `An enum weight of ${where}`),
    })),
    numericRange:
      range == null
        ? undefined
        : {
            min: finiteNumber(range.min, `The numeric_range.min of ${where}`),
            max: finiteNumber(range.max, `The numeric_range.max of ${where}`),
            distribution: enumValue(range.distribution, Distribution, `The distribution of ${where}`),
            mean: finiteNumber(range.mean, `The numeric_range.mean of ${where}`),
            stddev: finiteNumber(range.stddev, `The numeric_range.stddev of ${where}`),
          },
    dateRange:
      dates == null
        ? undefined
        : {
            start: text(dates.start),
            end: text(dates.end),
            afterField: text(dates.afterField),
            maxDaysAfter: safeInteger(dates.maxDaysAfter, `The date_range.max_days_after of ${where}`),
            minDaysAfter: safeInteger(dates.minDaysAfter, `The date_range.min_days_after of ${where}`),
            notBefore: text(dates.notBefore),
          },
    trueProbability: fraction(field.trueProbability, `The true_probability of ${where}`),
    scale: safeInteger(field.scale, `The scale of ${where}`),
    formula:
      formula == null
        ? undefined
        : {
            operator: enumValue(formula.operator, FormulaOperator, `The formula operator of ${where}`),
            operands: list(formula.operands).map(text),
            asOf: text(formula.asOf),
          },
    maxLength: safeInteger(field.maxLength, `The max_length of ${where}`),
    description: text(field.description),
    sqlType: text(field.sqlType),
    precision: safeInteger(field.precision, `The precision of ${where}`),
    defaultSql: text(field.defaultSql),
    identity: field.identity === true,
    onlyWhen: condition == null ? undefined : readCondition(condition, where, 'only_when'),
    aggregate:
      aggregate == null
        ? undefined
        : {
            dataset: text(aggregate.dataset),
            foreignKeyField: text(aggregate.foreignKeyField),
            operator: enumValue(aggregate.operator, AggregateOperator, `The aggregate operator of ${where}`),
            field: text(aggregate.field),
          },
    lifts: list(field.lifts).map((lift) => ({
      when: lift?.when == null ? undefined : readCondition(lift.when, where, 'lifts'),
      factor: finiteNumber(lift?.factor, `A lift factor of ${where}`),
    })),
  };
}

function readCondition(condition: Condition, where: string, rule: string): Condition {
  return {
    field: text(condition.field),
    operator: enumValue(condition.operator, ConditionOperator, `The ${rule} operator of ${where}`),
    values: list(condition.values).map(text),
    otherField: text(condition.otherField),
  };
}
