import { Distribution } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { Permutation } from '../engine/permutation.js';
import { below, draw, gaussian, unit } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import { powerOfTen } from './decimal-text.js';
import type { FieldContext } from './field-context.js';

// Whole units of 10^-scale within [min, max]: decimals stay exact and formulas multiply them
// without binary rounding.
type UnitsSampler = (record: RecordContext) => number;

export interface NumericShape {
  readonly min: number;
  readonly max: number;
  readonly scale: number;
  readonly distribution: Distribution;
  readonly mean: number;
  readonly stddev: number;
}

// The field's numeric_range over the generator's defaults.
export function numericShape(context: FieldContext, defaults: Omit<NumericShape, 'scale'>, scale: number): NumericShape {
  const range = context.field.numericRange;
  if (scale > 15) context.fail(`scale ${scale} is above the supported 15 digits.`);
  if (range === undefined || (range.min === 0 && range.max === 0)) return { ...defaults, scale };
  if (range.min > range.max) context.fail(`numeric_range.min ${range.min} is above numeric_range.max ${range.max}.`);
  return {
    min: range.min,
    max: range.max,
    scale,
    distribution: range.distribution === Distribution.DISTRIBUTION_UNSPECIFIED ? defaults.distribution : range.distribution,
    mean: range.mean,
    stddev: range.stddev,
  };
}

export function unitsSampler(context: FieldContext, shape: NumericShape): UnitsSampler {
  const power = powerOfTen(shape.scale);
  const minUnits = Math.ceil(shape.min * power - 1e-7);
  const maxUnits = Math.floor(shape.max * power + 1e-7);
  const count = maxUnits - minUnits + 1;
  if (count < 1) context.fail(`numeric_range [${shape.min}, ${shape.max}] holds no value with ${shape.scale} decimals.`);
  if (!Number.isSafeInteger(minUnits) || !Number.isSafeInteger(maxUnits) || !Number.isSafeInteger(count)) {
    context.fail(`numeric_range [${shape.min}, ${shape.max}] is too wide for ${shape.scale} decimals.`);
  }
  const stream = context.stream;
  if (context.unique) {
    if (context.dataset.size > count) context.fail(`${context.dataset.size} unique values do not fit in a range of ${count}.`);
    const permutation = new Permutation(count, stream);
    return (record) => minUnits + permutation.apply(record.index);
  }
  switch (shape.distribution) {
    case Distribution.DISTRIBUTION_NORMAL: {
      const mean = (shape.mean !== 0 ? shape.mean : (shape.min + shape.max) / 2) * power;
      const deviation = (shape.stddev > 0 ? shape.stddev : (shape.max - shape.min) / 6) * power;
      return truncated(minUnits, maxUnits, (record, attempt) => mean + deviation * gaussian(record.key, stream, 2 * attempt));
    }
    case Distribution.DISTRIBUTION_LOG_NORMAL: {
      const span = shape.max - shape.min;
      const mean = shape.mean > shape.min ? shape.mean - shape.min : span / 8;
      const deviation = shape.stddev > 0 ? shape.stddev : span / 8;
      const sigma = Math.sqrt(Math.log(1 + (deviation * deviation) / (mean * mean)));
      const mu = Math.log(mean) - (sigma * sigma) / 2;
      return truncated(minUnits, maxUnits, (record, attempt) => (shape.min + Math.exp(mu + sigma * gaussian(record.key, stream, 2 * attempt))) * power);
    }
    case Distribution.DISTRIBUTION_ZIPF: {
      // Rank r has weight 1/(r+1): the inverse of the continuous harmonic CDF.
      const logSpan = Math.log(count + 1);
      return (record) => minUnits + Math.min(count - 1, Math.floor(Math.exp(unit(draw(record.key, stream, 0)) * logSpan)) - 1);
    }
    default:
      return (record) => minUnits + below(record.key, stream, 0, count);
  }
}

// Redraws a few times rather than piling the tails onto the bounds, then clamps.
function truncated(minUnits: number, maxUnits: number, sample: (record: RecordContext, attempt: number) => number): UnitsSampler {
  return (record) => {
    let units = 0;
    for (let attempt = 0; attempt < 4; attempt++) {
      units = Math.round(sample(record, attempt));
      if (units >= minUnits && units <= maxUnits) return units;
    }
    return Math.min(maxUnits, Math.max(minUnits, units));
  };
}
