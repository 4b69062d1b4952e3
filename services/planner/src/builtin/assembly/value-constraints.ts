import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { Distribution, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { toField } from '../fields/field-builder.js';
import type { DateConstraint, EnumConstraint, RangeConstraint } from '../prompt/constraints.js';
import { datasetsFor, findTarget, nearestBefore } from './constraint-targets.js';
import type { RefinementContext } from './planned-dataset.js';

const NUMERIC = new Set([LogicalType.LOGICAL_TYPE_INTEGER, LogicalType.LOGICAL_TYPE_DECIMAL, LogicalType.LOGICAL_TYPE_FLOAT]);
const DATES = new Set([LogicalType.LOGICAL_TYPE_DATE, LogicalType.LOGICAL_TYPE_TIMESTAMP]);
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

const isPlain = (field: Field): boolean => !field.primaryKey && field.foreignKey === undefined && field.formula === undefined;

// "status (pending, shipped, delivered)": the column takes exactly these values. A column
// the dataset lacks is added, unless the prompt listed the dataset's columns itself.
export function applyEnumConstraint(constraint: EnumConstraint, context: RefinementContext): void {
  const datasets = datasetsFor(context.datasets, constraint.entity);
  const target = findTarget(datasets, constraint.field, constraint.position, isPlain);
  const values = constraint.values.map(([value, weight]) => ({ value, weight }));
  if (target !== undefined) {
    Object.assign(target.field, { generator: 'enum', type: LogicalType.LOGICAL_TYPE_STRING, enumValues: values, numericRange: undefined, dateRange: undefined, scale: 0, trueProbability: 0 });
    return;
  }
  const owner = nearestBefore(datasets, constraint.position);
  if (owner !== undefined && !owner.explicit) {
    owner.fields.push(toField(constraint.field, { generator: 'enum', values: constraint.values }));
    return;
  }
  context.warnings.push(`Prompt lists values for "${constraint.field}" but no dataset has such a column; the values were not used`);
}

// "price between 5 and 500": the column's bounds. Years bound a date column.
export function applyRangeConstraint(constraint: RangeConstraint, context: RefinementContext): void {
  const target = findTarget(context.datasets, constraint.field, constraint.position, (field) => isPlain(field) && NUMERIC.has(field.type));
  if (target !== undefined) {
    const shape = target.field.numericRange;
    target.field.numericRange = {
      min: constraint.min,
      max: constraint.max,
      distribution: shape?.distribution ?? Distribution.DISTRIBUTION_UNIFORM,
      mean: shape !== undefined && shape.mean >= constraint.min && shape.mean <= constraint.max ? shape.mean : 0,
      stddev: shape !== undefined && shape.mean >= constraint.min && shape.mean <= constraint.max ? shape.stddev : 0,
    };
    return;
  }
  if (isYear(constraint.min) && isYear(constraint.max)) {
    applyDateConstraint({ field: constraint.field, start: `${constraint.min}-01-01`, end: `${constraint.max}-12-31`, position: constraint.position }, context);
    return;
  }
  context.warnings.push(`Prompt gives a range for "${constraint.field}" (${constraint.min} to ${constraint.max}) but no numeric column matches it`);
}

// "order_date between 2023-01-01 and 2023-12-31", or "orders from 2020 to 2023" for every
// date of the orders.
export function applyDateConstraint(constraint: DateConstraint, context: RefinementContext): void {
  const accepts = (field: Field): boolean => isPlain(field) && DATES.has(field.type);
  const target = findTarget(context.datasets, constraint.field, constraint.position, accepts);
  const entity = [constraint.field, constraint.field.split('_').at(-1) ?? ''].find((word) => datasetsFor(context.datasets, word).length > 0);
  const fields = target !== undefined ? [target.field] : entity === undefined ? [] : datasetsFor(context.datasets, entity).flatMap((dataset) => dataset.fields.filter(accepts));
  if (fields.length === 0) {
    context.warnings.push(`Prompt gives dates for "${constraint.field}" (${constraint.start} to ${constraint.end}) but no date column matches it`);
    return;
  }
  for (const field of fields) {
    field.dateRange = { start: constraint.start, end: constraint.end, afterField: field.dateRange?.afterField ?? '', maxDaysAfter: field.dateRange?.maxDaysAfter ?? 0, minDaysAfter: 0, notBefore: '' };
  }
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR;
}
