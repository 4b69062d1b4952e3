import { LogicalType } from '../../proto/src/nest/datagen/v1/plan.js';

// Field types whose values the engine can keep distinct among the records sharing a parent,
// beside a reference with foreign_key.children in a composite key: integers count up from
// their minimum, dates and timestamps take one span of their range per sibling.
export const SIBLING_RANKED_TYPES: ReadonlySet<LogicalType> = new Set([LogicalType.LOGICAL_TYPE_INTEGER, LogicalType.LOGICAL_TYPE_DATE, LogicalType.LOGICAL_TYPE_TIMESTAMP]);
