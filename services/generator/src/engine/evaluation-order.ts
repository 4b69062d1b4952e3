import { dependencyOrder } from '../../../../libs/graph/src/dependency-order.js';
import type { Dataset, Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { dependenciesOf } from '../../../../libs/plan/src/field-dependencies.js';
import { singlePrimaryKey } from './composite-keys.js';
import { PlanError } from './plan-error.js';

// What must be compiled before a field: the fields it reads, and the key its self-reference
// writes (for other records, so it is not read from the record being written).
export function compiledBefore(field: Field, dataset: Dataset): readonly string[] {
  const foreignKey = field.foreignKey;
  if (foreignKey === undefined || foreignKey.dataset !== dataset.name) return dependenciesOf(field);
  const key = foreignKey.field || singlePrimaryKey(dataset)?.name;
  return key === undefined ? dependenciesOf(field) : [...dependenciesOf(field), key];
}

// Field positions in an order where every field comes after the fields it needs compiled
// first; columns are still written in plan order. Unknown names are left for the field to report.
export function evaluationOrder(dataset: Dataset): number[] {
  const positions = new Map(dataset.fields.map((field, index) => [field.name, index]));
  const { order, cycles } = dependencyOrder(
    dataset.fields.map((_, index) => index),
    (index) => compiledBefore(dataset.fields[index]!, dataset).flatMap((name) => positions.get(name) ?? []),
  );
  const cycle = cycles[0];
  if (cycle !== undefined) {
    const path = cycle.map((index) => dataset.fields[index]!.name).join(' → ');
    throw new PlanError(`Dataset "${dataset.name}": fields depend on each other in a cycle (${path}).`);
  }
  return order;
}
