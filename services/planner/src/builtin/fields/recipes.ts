import type { GeneratorName } from '../../../../../libs/catalogue/src/generator-catalogue.js';
import { Distribution } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { weighted } from '../knowledge/weighted.js';
import type { FieldRecipe, FieldRule, FieldSpec } from './field-spec.js';

// Fixed windows keep plans deterministic: a plan made today and next year is the same plan.
export const ACTIVITY_DATES = ['2023-01-01', '2024-12-31'] as const;
export const HISTORY_DATES = ['2015-01-01', '2024-12-31'] as const;
export const FUTURE_DATES = ['2025-01-01', '2027-12-31'] as const;

export function rule(names: readonly string[], recipe: FieldRecipe): FieldRule {
  return { names, recipe };
}

export function using(generator: GeneratorName, extra: Omit<FieldSpec, 'generator'> = {}): FieldSpec {
  return { generator, ...extra };
}

export function integer(min: number, max: number, extra: Omit<FieldSpec, 'generator' | 'range'> = {}): FieldSpec {
  return { generator: 'number.integer', range: [min, max], distribution: Distribution.DISTRIBUTION_UNIFORM, ...extra };
}

export function decimal(min: number, max: number, extra: Omit<FieldSpec, 'generator' | 'range'> = {}): FieldSpec {
  return { generator: 'number.decimal', range: [min, max], scale: 2, distribution: Distribution.DISTRIBUTION_UNIFORM, ...extra };
}

// Money is skewed: most orders are small, a few are large.
export function money(min: number, max: number, extra: Omit<FieldSpec, 'generator' | 'range'> = {}): FieldSpec {
  return decimal(min, max, { distribution: Distribution.DISTRIBUTION_LOG_NORMAL, ...extra });
}

export function bell(min: number, max: number, mean: number, stddev: number, scale = 0): FieldSpec {
  const shape = { distribution: Distribution.DISTRIBUTION_NORMAL, mean, stddev };
  return scale === 0 ? integer(min, max, shape) : decimal(min, max, { ...shape, scale });
}

export function oneOf(spec: string, extra: Omit<FieldSpec, 'generator' | 'values'> = {}): FieldSpec {
  return { generator: 'enum', values: weighted(spec), ...extra };
}

export function flag(trueProbability: number): FieldSpec {
  return { generator: 'boolean', trueProbability };
}

export function date(dates: readonly [string, string] = ACTIVITY_DATES, extra: Omit<FieldSpec, 'generator' | 'dates'> = {}): FieldSpec {
  return { generator: 'date.date', dates, ...extra };
}

export function timestamp(dates: readonly [string, string] = ACTIVITY_DATES, extra: Omit<FieldSpec, 'generator' | 'dates'> = {}): FieldSpec {
  return { generator: 'date.timestamp', dates, ...extra };
}
