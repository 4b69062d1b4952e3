import { Distribution, LogicalType } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { floatText, powerOfTen } from './decimal-text.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { numericShape, unitsSampler, type NumericShape } from './numeric-sampler.js';
import type { RecordContext } from '../engine/record-context.js';

const DEFAULT_FLOAT_SCALE = 4;
const DEFAULT_DECIMAL_SCALE = 2;

type Defaults = Omit<NumericShape, 'scale'>;
const uniform = (min: number, max: number): Defaults => ({ min, max, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 });

function integerField(context: FieldContext, defaults: Defaults = uniform(1, 1000)): FieldValue {
  const shape = numericShape(context, defaults, 0);
  const sample = rankedIntegers(context, shape) ?? unitsSampler(context, shape);
  const index = context.index;
  return {
    kind: 'integer',
    scale: 0,
    write: (record, sink) => {
      const units = sample(record);
      record.numbers[index] = units;
      sink.integer(units);
    },
  };
}

// In a key beside a reference with children per parent (order_lines' line_number beside
// order_id): the siblings count up from the range's minimum.
function rankedIntegers(context: FieldContext, shape: NumericShape): ((record: RecordContext) => number) | undefined {
  const rank = context.dataset.siblingRank(context.index);
  if (rank === undefined) return undefined;
  const first = Math.ceil(shape.min);
  if (first + rank.count - 1 > shape.max) context.fail(`numeric_range [${shape.min}, ${shape.max}] holds fewer than the ${rank.count} values siblings need.`);
  return (record) => first + rank.of(record);
}

// Decimals keep trailing zeros ("12.50"); the scale defaults to cents.
function decimalField(context: FieldContext, defaults: Defaults = uniform(0, 1000), defaultScale = DEFAULT_DECIMAL_SCALE): FieldValue {
  const scale = context.field.scale > 0 ? context.field.scale : defaultScale;
  const sample = unitsSampler(context, numericShape(context, defaults, scale));
  const index = context.index;
  const power = powerOfTen(scale);
  return {
    kind: 'decimal',
    scale,
    write: (record, sink) => {
      const units = sample(record);
      record.numbers[index] = units;
      sink.decimal(units, scale, power);
    },
  };
}

function floatField(context: FieldContext, defaults: Defaults = uniform(0, 1)): FieldValue {
  const scale = context.field.scale > 0 ? context.field.scale : DEFAULT_FLOAT_SCALE;
  const sample = unitsSampler(context, numericShape(context, defaults, scale));
  const index = context.index;
  return {
    kind: 'float',
    scale,
    write: (record, sink) => {
      const units = sample(record);
      record.numbers[index] = units;
      sink.text(floatText(units, scale));
    },
  };
}

export function priceField(context: FieldContext): FieldValue {
  return decimalField(context, { min: 1, max: 1000, distribution: Distribution.DISTRIBUTION_LOG_NORMAL, mean: 0, stddev: 0 });
}

// number.* honours a declared type that disagrees with the generator name (an integer field
// named by number.decimal stays integer), since the type is what the user reads.
export function numberField(context: FieldContext, fallback: 'integer' | 'decimal' | 'float'): FieldValue {
  switch (context.field.type) {
    case LogicalType.LOGICAL_TYPE_INTEGER:
      return integerField(context);
    case LogicalType.LOGICAL_TYPE_DECIMAL:
      return decimalField(context);
    case LogicalType.LOGICAL_TYPE_FLOAT:
      return floatField(context);
    default:
      return fallback === 'integer' ? integerField(context) : fallback === 'decimal' ? decimalField(context) : floatField(context);
  }
}
