import { findGenerator, type ValueKind } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { type Field, LogicalType } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { usualDaysAfter } from '../builtin/fields/date-sequences.js';
import { toField } from '../builtin/fields/field-builder.js';
import { specFor } from '../builtin/fields/field-rules.js';
import type { FieldContext, FieldSpec } from '../builtin/fields/field-spec.js';
import { ACTIVITY_DATES, HISTORY_DATES, date, decimal, integer, timestamp, using } from '../builtin/fields/recipes.js';
import { integerLimit, isUnsupportedType, kindOfColumn } from './column-types.js';
import type { SchemaColumn, SchemaTable } from './schema-model.js';
import { snakeName } from './snake-name.js';

// Generator kinds a column of each SQL kind can take as they are.
const FITTING: Readonly<Record<ValueKind, readonly ValueKind[]>> = {
  string: ['string', 'text'],
  text: ['string', 'text'],
  integer: ['integer'],
  decimal: ['decimal', 'float'],
  float: ['float', 'decimal'],
  boolean: ['boolean'],
  date: ['date'],
  timestamp: ['timestamp'],
  uuid: ['uuid'],
};

// How far a date a CHECK puts after another may follow it, when its name says nothing.
const DAYS_AFTER_A_CHECK = 365;

// A phone number is written whole, in a format that fits its column ("!##-!##-####" the
// shortest): a column narrower than that gets words instead.
const PHONE_WIDTH = 12;

// The plan Field of a column that references nothing: its generator from the builtin planner's
// naming rules (first_name, email, unit_price, signup_date…) when it fits the SQL type, else
// the type's own; then the schema's facts (keys, NOT NULL, length, precision, CHECKs) on top.
export function columnField(column: SchemaColumn, table: SchemaTable, context: FieldContext, warnings: string[]): Field {
  const spec = fitted(column, table, context, warnings);
  const field = toField(column.name, spec);
  const primaryKey = table.primaryKey.includes(column.name);
  const nullable = !column.notNull && !primaryKey;
  return {
    ...field,
    primaryKey,
    unique: column.unique || (primaryKey && table.primaryKey.length === 1),
    nullable,
    nullRate: nullable ? field.nullRate : 0,
    maxLength: spec.maxLength ?? (field.type === LogicalType.LOGICAL_TYPE_STRING || field.type === LogicalType.LOGICAL_TYPE_TEXT ? column.length : 0),
    precision: kindOfColumn(column) === 'decimal' ? column.length : 0,
    scale: kindOfColumn(column) === 'decimal' ? column.scale : field.scale,
    sqlType: column.sqlType,
    defaultSql: column.defaultSql,
    identity: column.identity,
    dateRange: following(column, field),
  };
}

// A date a CHECK puts after another follows it: by at least a day when the CHECK is strict.
function following(column: SchemaColumn, field: Field): Field['dateRange'] {
  const range = field.dateRange;
  if (column.follows === undefined || (field.type !== LogicalType.LOGICAL_TYPE_DATE && field.type !== LogicalType.LOGICAL_TYPE_TIMESTAMP)) return range;
  const minDaysAfter = column.follows.strict ? 1 : 0;
  const maxDaysAfter = Math.max(usualDaysAfter(snakeName(column.name)) ?? DAYS_AFTER_A_CHECK, minDaysAfter);
  return { start: range?.start ?? '', end: range?.end ?? '', afterField: column.follows.column, minDaysAfter, maxDaysAfter, notBefore: '' };
}

function fitted(column: SchemaColumn, table: SchemaTable, context: FieldContext, warnings: string[]): FieldSpec {
  const kind = kindOfColumn(column);
  const primaryKey = table.primaryKey.length === 1 && table.primaryKey[0] === column.name;
  if (column.enumValues.length > 0) return { generator: 'enum', values: column.enumValues.map((value) => [value, 1]) };
  if (kind === undefined || isUnsupportedType(column)) {
    const fill = column.notNull ? 'short text, which the column may refuse' : 'nulls';
    warnings.push(`Table ${table.name}: column ${column.name} has type ${column.sqlType}, which no generator makes; it is filled with ${fill}. Edit its generator in the plan, or give it a DEFAULT and leave it out`);
    return column.notNull ? using('text.word') : using('text.word', { nullRate: 1 });
  }
  if (primaryKey || column.identity) {
    if (kind === 'integer') return using('id.sequence', { unique: true });
    if (kind === 'uuid') return using('id.uuid', { unique: true });
    if (kind === 'string' || kind === 'text') return using('id.code', { unique: true });
  }
  const named = specFor(snakeName(column.name), context);
  const entry = findGenerator(named.generator);
  const spec = entry !== undefined && FITTING[kind].includes(entry.kind) ? named : byType(kind, column);
  return withinColumn(spec, column, kind);
}

function byType(kind: ValueKind, column: SchemaColumn): FieldSpec {
  switch (kind) {
    case 'integer':
      return integer(0, Math.min(1000, integerLimit(column)));
    case 'decimal':
      return decimal(0, 1000);
    case 'float':
      return { ...decimal(0, 1000), generator: 'number.float' };
    case 'boolean':
      return using('boolean');
    case 'date':
      return date(HISTORY_DATES);
    case 'timestamp':
      return timestamp(ACTIVITY_DATES);
    case 'uuid':
      return using('id.uuid');
    default:
      return using(kind === 'text' ? 'text.sentence' : 'text.word');
  }
}

// The schema's own bounds win: a CHECK range or date range, and what the type can hold.
function withinColumn(spec: FieldSpec, column: SchemaColumn, kind: ValueKind): FieldSpec {
  let result = spec;
  if (result.generator === 'person.phone' && column.length > 0 && column.length < PHONE_WIDTH) result = using('text.word');
  if (kind === 'integer' || kind === 'decimal' || kind === 'float') {
    const limit = kind === 'integer' ? integerLimit(column) : decimalLimit(column);
    const [min, max] = result.range ?? [0, Math.min(1000, limit)];
    const floor = Math.max(finite(column.range?.min) ?? -limit, -limit);
    const ceiling = Math.min(finite(column.range?.max) ?? limit, limit);
    const [low, high] = [Math.max(min, floor), Math.min(max, ceiling)];
    // A name's usual range outside the column's bounds gives way to the bounds.
    const range: [number, number] = low <= high ? [low, high] : [floor, Math.min(ceiling, floor + 1000)];
    const keepsShape = result.mean === undefined || (result.mean >= range[0] && result.mean <= range[1]);
    result = keepsShape ? { ...result, range } : { ...result, range, mean: 0, stddev: 0 };
    if (result.generator === 'id.sequence' || result.generator === 'number.integer' || (kind !== 'integer' && result.range)) return result;
    return kind === 'integer' ? { ...integer(range[0], range[1]), unique: result.unique } : result;
  }
  if ((kind === 'date' || kind === 'timestamp') && column.dates !== undefined) {
    const [start, end] = result.dates ?? HISTORY_DATES;
    const dates: [string, string] = [column.dates.start || start, column.dates.end || end];
    if (dates[0] > dates[1]) dates[column.dates.start ? 1 : 0] = dates[column.dates.start ? 0 : 1];
    return { ...result, generator: findGenerator(result.generator)?.kind === kind ? result.generator : kind === 'date' ? 'date.date' : 'date.timestamp', dates };
  }
  return result;
}

function finite(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function decimalLimit(column: SchemaColumn): number {
  if (column.length <= 0) return 1e12;
  return 10 ** (column.length - column.scale) - 10 ** -column.scale;
}
