import { findGenerator } from '../../../../../libs/catalogue/src/generator-catalogue.js';
import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { LOGICAL_TYPE_BY_KIND, newField } from '../../../../../libs/plan/src/field-defaults.js';
import { Distribution, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { FieldSpec } from './field-spec.js';


const DEFAULT_DECIMAL_SCALE = 2;

function logicalTypeOf(generator: string): LogicalType {
  const entry = findGenerator(generator);
  if (entry === undefined) throw new Error(`Unknown generator ${generator}`);
  return LOGICAL_TYPE_BY_KIND[entry.kind];
}

// A complete plan Field: every scalar set, so plans compare and serialise the same way.
export function toField(name: string, spec: FieldSpec): Field {
  const type = logicalTypeOf(spec.generator);
  const nullRate = spec.nullRate ?? 0;
  return newField(name, spec.generator, {
    type,
    nullable: nullRate > 0,
    nullRate,
    unique: spec.unique ?? false,
    enumValues: (spec.values ?? []).map(([value, weight]) => ({ value, weight })),
    numericRange:
      spec.range === undefined
        ? undefined
        : {
            min: spec.range[0],
            max: spec.range[1],
            distribution: spec.distribution ?? Distribution.DISTRIBUTION_UNIFORM,
            mean: spec.mean ?? 0,
            stddev: spec.stddev ?? 0,
          },
    dateRange: spec.dates === undefined ? undefined : { start: spec.dates[0], end: spec.dates[1], afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '' },
    trueProbability: spec.trueProbability ?? 0,
    scale: spec.scale ?? (type === LogicalType.LOGICAL_TYPE_DECIMAL ? DEFAULT_DECIMAL_SCALE : 0),
    maxLength: spec.maxLength ?? 0,
    description: spec.description ?? '',
  });
}
