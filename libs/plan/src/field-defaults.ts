import type { ValueKind } from '../../catalogue/src/generator-catalogue.js';
import { type Field, LogicalType } from '../../proto/src/nest/datagen/v1/plan.js';

// The plan's logical type for each kind of value a catalogue generator makes.
export const LOGICAL_TYPE_BY_KIND: Readonly<Record<ValueKind, LogicalType>> = {
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

// A complete Field with every option at its proto default, so plans built in code compare and
// serialise like decoded ones; `options` sets what differs.
export function newField(name: string, generator: string, options: Partial<Field> = {}): Field {
  return {
    name,
    type: LogicalType.LOGICAL_TYPE_UNSPECIFIED,
    generator,
    nullable: false,
    nullRate: 0,
    unique: false,
    primaryKey: false,
    foreignKey: undefined,
    enumValues: [],
    numericRange: undefined,
    dateRange: undefined,
    trueProbability: 0,
    scale: 0,
    formula: undefined,
    maxLength: 0,
    description: '',
    sqlType: '',
    precision: 0,
    defaultSql: '',
    identity: false,
    onlyWhen: undefined,
    aggregate: undefined,
    lifts: [],
    ...options,
  };
}
