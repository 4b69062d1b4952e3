import type { ValueKind } from '../../../../../libs/catalogue/src/generator-catalogue.js';
import { findGenerator } from '../../../../../libs/catalogue/src/generator-catalogue.js';
import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { Distribution, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { FieldSpec } from './field-spec.js';

const LOGICAL_TYPES: Readonly<Record<ValueKind, LogicalType>> = {
  string: LogicalType.LOGICAL_TYPE_STRING,
  text: LogicalType.LOGICAL_TYPE_TEXT,
  integer: LogicalType.LOGICAL_TYPE_INTEGER,
  decimal: LogicalType.LOGICAL_TYPE_DECIMAL,
  float: LogicalType.LOGICAL_TYPE_FLOAT,
  boolean: LogicalType.LOGICAL_TYPE_BOOLEAN,
  date: LogicalType.LOGICAL_TYPE_DATE,
  timestamp: LogicalType.LOGICAL_TYPE_TIMESTAMP,
  uuid: LogicalType.LOGICAL_TYPE_UUID,
};

const DEFAULT_DECIMAL_SCALE = 2;

function logicalTypeOf(generator: string): LogicalType {
  const entry = findGenerator(generator);
  if (entry === undefined) throw new Error(`Unknown generator ${generator}`);
  return LOGICAL_TYPES[entry.kind];
}

// A complete plan Field: every scalar set, so plans compare and serialise the same way.
export function toField(name: string, spec: FieldSpec): Field {
  const type = logicalTypeOf(spec.generator);
  const nullRate = spec.nullRate ?? 0;
  return {
    name,
    type,
    generator: spec.generator,
    nullable: nullRate > 0,
    nullRate,
    unique: spec.unique ?? false,
    primaryKey: false,
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
    dateRange: spec.dates === undefined ? undefined : { start: spec.dates[0], end: spec.dates[1], afterField: '', maxDaysAfter: 0 },
    trueProbability: spec.trueProbability ?? 0,
    scale: spec.scale ?? (type === LogicalType.LOGICAL_TYPE_DECIMAL ? DEFAULT_DECIMAL_SCALE : 0),
    maxLength: spec.maxLength ?? 0,
    description: spec.description ?? '',
    foreignKey: undefined,
    formula: undefined,
  };
}
