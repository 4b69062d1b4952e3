import { dependencyOrder } from '../../../../libs/graph/src/dependency-order.js';
import type { Dataset, Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { PlanError } from './plan-error.js';

// The fields a field reads from its own record: formula operands, the date it follows.
export function dependenciesOf(field: Field): readonly string[] {
  const afterField = field.dateRange?.afterField;
  return [...(field.formula?.operands ?? []), ...(afterField ? [afterField] : [])];
}

// Field positions in an order where every field comes after the fields it reads; columns
// are still written in plan order. Unknown names are left for the field to report.
export function evaluationOrder(dataset: Dataset): number[] {
  const positions = new Map(dataset.fields.map((field, index) => [field.name, index]));
  const { order, cycles } = dependencyOrder(
    dataset.fields.map((_, index) => index),
    (index) => dependenciesOf(dataset.fields[index]!).flatMap((name) => positions.get(name) ?? []),
  );
  const cycle = cycles[0];
  if (cycle !== undefined) {
    const path = cycle.map((index) => dataset.fields[index]!.name).join(' → ');
    throw new PlanError(`Dataset "${dataset.name}": fields depend on each other in a cycle (${path}).`);
  }
  return order;
}
