import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { Distribution, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { normalCdf } from './normal-cdf.js';

// Generators that draw from the field's numeric_range, and the distribution they use when the
// range names none.
const RANGE_DRAWN: Readonly<Record<string, Distribution>> = {
  'number.integer': Distribution.DISTRIBUTION_UNIFORM,
  'number.decimal': Distribution.DISTRIBUTION_UNIFORM,
  'number.float': Distribution.DISTRIBUTION_UNIFORM,
  'commerce.price': Distribution.DISTRIBUTION_LOG_NORMAL,
};

// Attempts the generator makes to land a bell-shaped draw inside the range before clamping.
const DRAW_ATTEMPTS = 4;

// The probability that a non-null value of `field` is at least `threshold`, as the generator
// draws it (services/generator/src/fields/numeric-sampler.ts): whole units of 10^-scale,
// uniform, Zipf-like, or bell-shaped draws rounded, redrawn when outside the range and clamped
// after the last attempt. Undefined for a field whose values are not drawn from its range.
export function probabilityAtLeast(field: Field, threshold: number): number | undefined {
  const range = field.numericRange;
  const fallback = RANGE_DRAWN[field.generator];
  const scale = scaleOf(field);
  if (range === undefined || fallback === undefined || scale === undefined || range.min > range.max) return undefined;
  const power = 10 ** scale;
  const minUnits = Math.ceil(range.min * power - 1e-7);
  const maxUnits = Math.floor(range.max * power + 1e-7);
  const thresholdUnits = Math.ceil(threshold * power - 1e-7);
  const count = maxUnits - minUnits + 1;
  if (count < 1) return undefined;
  if (thresholdUnits <= minUnits) return 1;
  if (thresholdUnits > maxUnits) return 0;
  const distribution = range.distribution === Distribution.DISTRIBUTION_UNSPECIFIED ? fallback : range.distribution;
  if (field.unique || distribution === Distribution.DISTRIBUTION_UNIFORM) return (maxUnits - thresholdUnits + 1) / count;
  if (distribution === Distribution.DISTRIBUTION_ZIPF) return 1 - Math.log(thresholdUnits - minUnits + 1) / Math.log(count + 1);
  const below = drawnBelow(distribution, range.min, range.max, range.mean, range.stddev, power);
  return redrawnTail(below, minUnits, maxUnits, thresholdUnits);
}

function scaleOf(field: Field): number | undefined {
  if (field.generator === 'commerce.price') return field.scale > 0 ? field.scale : 2;
  switch (field.type) {
    case LogicalType.LOGICAL_TYPE_INTEGER:
      return 0;
    case LogicalType.LOGICAL_TYPE_DECIMAL:
      return field.scale > 0 ? field.scale : 2;
    case LogicalType.LOGICAL_TYPE_FLOAT:
      return field.scale > 0 ? field.scale : 4;
    default:
      return undefined;
  }
}

// P(one draw, in units, is below x) for the bell-shaped distributions, before rounding.
function drawnBelow(distribution: Distribution, min: number, max: number, mean: number, stddev: number, power: number): (x: number) => number {
  if (distribution === Distribution.DISTRIBUTION_NORMAL) {
    const centre = (mean !== 0 ? mean : (min + max) / 2) * power;
    const deviation = (stddev > 0 ? stddev : (max - min) / 6) * power;
    return (x) => normalCdf((x - centre) / deviation);
  }
  const span = max - min;
  const offsetMean = mean > min ? mean - min : span / 8;
  const deviation = stddev > 0 ? stddev : span / 8;
  const sigma = Math.sqrt(Math.log(1 + (deviation * deviation) / (offsetMean * offsetMean)));
  const mu = Math.log(offsetMean) - (sigma * sigma) / 2;
  return (x) => {
    const offset = x / power - min;
    return offset <= 0 ? 0 : normalCdf((Math.log(offset) - mu) / sigma);
  };
}

// A draw rounds to units u when it lies in [u - 0.5, u + 0.5). It is kept at the first of
// DRAW_ATTEMPTS attempts that lands in the range; when none does, the last is clamped to the
// bound it missed.
function redrawnTail(below: (x: number) => number, minUnits: number, maxUnits: number, thresholdUnits: number): number {
  const underRange = below(minUnits - 0.5);
  const overRange = 1 - below(maxUnits + 0.5);
  const inRange = 1 - underRange - overRange;
  const missed = 1 - inRange;
  const keptAtOrAbove = below(maxUnits + 0.5) - below(thresholdUnits - 0.5);
  let kept = 0;
  for (let attempt = 0; attempt < DRAW_ATTEMPTS; attempt++) kept += keptAtOrAbove * missed ** attempt;
  return kept + missed ** (DRAW_ATTEMPTS - 1) * overRange;
}
