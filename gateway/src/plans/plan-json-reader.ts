import type { Condition, Dataset, Field, Lift, Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { ApiError } from '../errors/api-error.js';
import { AGGREGATE_OPERATORS, CONDITION_OPERATORS, DISTRIBUTIONS, type EnumSpelling, FORMULA_OPERATORS, LOGICAL_TYPES } from './plan-enums.js';

type Json = Record<string, unknown>;

// Reads a plan a caller sent back (as /api/plan gave it, maybe edited). It is untrusted input:
// every value is checked for its type, unknown keys are refused, and all problems are listed
// at once. Whether generators, keys and references make sense is the generator's to say.
export function readPlanJson(input: unknown): Plan {
  const reader = new Reader();
  const plan = reader.plan(input);
  if (reader.issues.length > 0) throw ApiError.invalidPayload(reader.issues, ['Start from the plan that POST /api/plan returns']);
  return plan;
}

class Reader {
  readonly issues: string[] = [];

  plan(input: unknown): Plan {
    const json = this.object(input, 'plan', ['seed', 'reality_level', 'planner', 'domain', 'locale', 'prompt', 'warnings', 'datasets']);
    return {
      seed: this.number(json.seed, 'plan.seed', 0),
      realityLevel: this.number(json.reality_level, 'plan.reality_level', 0),
      planner: this.string(json.planner, 'plan.planner'),
      domain: this.string(json.domain, 'plan.domain'),
      locale: this.string(json.locale, 'plan.locale'),
      prompt: this.string(json.prompt, 'plan.prompt'),
      warnings: this.array(json.warnings, 'plan.warnings').map((warning, index) => this.string(warning, `plan.warnings[${index}]`)),
      datasets: this.array(json.datasets, 'plan.datasets', true).map((dataset, index) => this.dataset(dataset, `plan.datasets[${index}]`)),
    };
  }

  private dataset(input: unknown, path: string): Dataset {
    const json = this.object(input, path, ['name', 'size', 'description', 'fields', 'composite_keys', 'updates']);
    return {
      name: this.string(json.name, `${path}.name`, true),
      size: this.number(json.size, `${path}.size`, 0),
      description: this.string(json.description, `${path}.description`),
      updates: this.string(json.updates, `${path}.updates`),
      fields: this.array(json.fields, `${path}.fields`, true).map((field, index) => this.field(field, `${path}.fields[${index}]`)),
      compositeKeys: this.array(json.composite_keys, `${path}.composite_keys`).map((key, index) => {
        const where = `${path}.composite_keys[${index}]`;
        const entry = this.object(key, where, ['fields', 'primary_key']);
        return {
          fields: this.array(entry.fields, `${where}.fields`, true).map((name, position) => this.string(name, `${where}.fields[${position}]`, true)),
          primaryKey: this.boolean(entry.primary_key, `${where}.primary_key`),
        };
      }),
    };
  }

  private field(input: unknown, path: string): Field {
    const json = this.object(input, path, [
      'name', 'type', 'generator', 'primary_key', 'unique', 'nullable', 'null_rate', 'foreign_key', 'enum_values',
      'numeric_range', 'date_range', 'true_probability', 'scale', 'formula', 'max_length', 'description', 'sql_type', 'precision', 'default_sql', 'identity',
      'only_when', 'aggregate', 'lifts',
    ]);
    const foreignKey = json.foreign_key === undefined ? undefined : this.object(json.foreign_key, `${path}.foreign_key`, ['dataset', 'field', 'distribution', 'group', 'children']);
    const children = foreignKey?.children === undefined ? undefined : this.object(foreignKey.children, `${path}.foreign_key.children`, ['min', 'max']);
    const range = json.numeric_range === undefined ? undefined : this.object(json.numeric_range, `${path}.numeric_range`, ['min', 'max', 'distribution', 'mean', 'stddev']);
    const dates = json.date_range === undefined ? undefined : this.object(json.date_range, `${path}.date_range`, ['start', 'end', 'after_field', 'max_days_after', 'min_days_after', 'not_before']);
    const formula = json.formula === undefined ? undefined : this.object(json.formula, `${path}.formula`, ['operator', 'operands', 'as_of']);
    const aggregate = json.aggregate === undefined ? undefined : this.object(json.aggregate, `${path}.aggregate`, ['dataset', 'foreign_key_field', 'operator', 'field']);
    return {
      name: this.string(json.name, `${path}.name`, true),
      type: this.spelled(json.type, `${path}.type`, LOGICAL_TYPES),
      generator: this.string(json.generator, `${path}.generator`, true),
      primaryKey: this.boolean(json.primary_key, `${path}.primary_key`),
      unique: this.boolean(json.unique, `${path}.unique`),
      nullable: this.boolean(json.nullable, `${path}.nullable`),
      nullRate: this.number(json.null_rate, `${path}.null_rate`),
      foreignKey: foreignKey && {
        dataset: this.string(foreignKey.dataset, `${path}.foreign_key.dataset`, true),
        field: this.string(foreignKey.field, `${path}.foreign_key.field`, true),
        distribution: this.spelled(foreignKey.distribution, `${path}.foreign_key.distribution`, DISTRIBUTIONS),
        group: this.string(foreignKey.group, `${path}.foreign_key.group`),
        children: children && {
          min: this.number(children.min, `${path}.foreign_key.children.min`, 0),
          max: this.number(children.max, `${path}.foreign_key.children.max`, 0),
        },
      },
      enumValues: this.array(json.enum_values, `${path}.enum_values`).map((entry, index) => {
        const value = this.object(entry, `${path}.enum_values[${index}]`, ['value', 'weight']);
        return { value: this.string(value.value, `${path}.enum_values[${index}].value`, true), weight: this.number(value.weight, `${path}.enum_values[${index}].weight`) };
      }),
      numericRange: range && {
        min: this.number(range.min, `${path}.numeric_range.min`),
        max: this.number(range.max, `${path}.numeric_range.max`),
        distribution: this.spelled(range.distribution, `${path}.numeric_range.distribution`, DISTRIBUTIONS),
        mean: this.number(range.mean, `${path}.numeric_range.mean`),
        stddev: this.number(range.stddev, `${path}.numeric_range.stddev`),
      },
      dateRange: dates && {
        start: this.string(dates.start, `${path}.date_range.start`),
        end: this.string(dates.end, `${path}.date_range.end`),
        afterField: this.string(dates.after_field, `${path}.date_range.after_field`),
        maxDaysAfter: this.number(dates.max_days_after, `${path}.date_range.max_days_after`, 0),
        minDaysAfter: this.number(dates.min_days_after, `${path}.date_range.min_days_after`, 0),
        notBefore: this.string(dates.not_before, `${path}.date_range.not_before`),
      },
      trueProbability: this.number(json.true_probability, `${path}.true_probability`),
      scale: this.number(json.scale, `${path}.scale`, 0),
      formula: formula && {
        operator: this.spelled(formula.operator, `${path}.formula.operator`, FORMULA_OPERATORS, true),
        operands: this.array(formula.operands, `${path}.formula.operands`).map((operand, index) => this.string(operand, `${path}.formula.operands[${index}]`, true)),
        asOf: this.string(formula.as_of, `${path}.formula.as_of`),
      },
      maxLength: this.number(json.max_length, `${path}.max_length`, 0),
      description: this.string(json.description, `${path}.description`),
      sqlType: this.string(json.sql_type, `${path}.sql_type`),
      precision: this.number(json.precision, `${path}.precision`, 0),
      defaultSql: this.string(json.default_sql, `${path}.default_sql`),
      identity: this.boolean(json.identity, `${path}.identity`),
      onlyWhen: json.only_when === undefined ? undefined : this.condition(json.only_when, `${path}.only_when`),
      aggregate: aggregate && {
        dataset: this.string(aggregate.dataset, `${path}.aggregate.dataset`, true),
        foreignKeyField: this.string(aggregate.foreign_key_field, `${path}.aggregate.foreign_key_field`),
        operator: this.spelled(aggregate.operator, `${path}.aggregate.operator`, AGGREGATE_OPERATORS, true),
        field: this.string(aggregate.field, `${path}.aggregate.field`),
      },
      lifts: this.array(json.lifts, `${path}.lifts`).map((lift, index) => this.lift(lift, `${path}.lifts[${index}]`)),
    };
  }

  // Whether the factor is above zero is the generator's to say, with the field's other rules.
  private lift(input: unknown, path: string): Lift {
    const json = this.object(input, path, ['when', 'factor']);
    return { when: this.condition(json.when, `${path}.when`), factor: this.number(json.factor, `${path}.factor`) };
  }

  // Not an object: that problem alone, rather than one for each part it lacks.
  private condition(input: unknown, path: string): Condition | undefined {
    if (!isObject(input)) return this.notAnObject(path);
    const json = this.object(input, path, ['field', 'operator', 'values', 'other_field']);
    return {
      field: this.string(json.field, `${path}.field`, true),
      operator: this.spelled(json.operator, `${path}.operator`, CONDITION_OPERATORS, true),
      values: this.array(json.values, `${path}.values`).map((value, index) => this.string(value, `${path}.values[${index}]`, true)),
      otherField: this.string(json.other_field, `${path}.other_field`),
    };
  }

  private object(input: unknown, path: string, keys: readonly string[]): Json {
    if (!isObject(input)) return this.notAnObject(path) ?? {};
    for (const key of Object.keys(input)) if (!keys.includes(key)) this.issues.push(`${path} has an unknown key "${key}"`);
    return input;
  }

  private notAnObject(path: string): undefined {
    this.issues.push(`${path} must be an object`);
    return undefined;
  }

  private array(input: unknown, path: string, required = false): unknown[] {
    if (input === undefined && !required) return [];
    if (Array.isArray(input)) return input;
    this.issues.push(`${path} must be a list`);
    return [];
  }

  private string(input: unknown, path: string, required = false): string {
    if (input === undefined && !required) return '';
    if (typeof input === 'string' && (input !== '' || !required)) return input;
    this.issues.push(`${path} must be ${required ? 'a non-empty' : 'a'} string`);
    return '';
  }

  // `decimals` 0 asks for a whole number.
  private number(input: unknown, path: string, decimals?: 0): number {
    if (input === undefined) return 0;
    if (typeof input === 'number' && Number.isFinite(input) && (decimals !== 0 || Number.isSafeInteger(input))) return input;
    this.issues.push(`${path} must be ${decimals === 0 ? 'a whole number' : 'a number'}`);
    return 0;
  }

  private boolean(input: unknown, path: string): boolean {
    if (input === undefined) return false;
    if (typeof input === 'boolean') return input;
    this.issues.push(`${path} must be true or false`);
    return false;
  }

  private spelled<E extends number>(input: unknown, path: string, spelling: EnumSpelling<E>, required = false): E {
    if (input === undefined && !required) return 0 as E;
    const value = typeof input === 'string' ? spelling.value(input) : undefined;
    if (value !== undefined) return value;
    this.issues.push(`${path} must be one of ${spelling.names.map((name) => `"${name}"`).join(', ')}`);
    return 0 as E;
  }
}

function isObject(input: unknown): input is Json {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}
