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
  const state = new Uint8Array(dataset.fields.length);
  const order: number[] = [];
  const visit = (index: number, path: readonly string[]): void => {
    const field = dataset.fields[index]!;
    if (state[index] === 2) return;
    if (state[index] === 1) {
      throw new PlanError(`Dataset "${dataset.name}": fields depend on each other in a cycle (${[...path, field.name].join(' → ')}).`);
    }
    state[index] = 1;
    for (const name of dependenciesOf(field)) {
      const dependency = positions.get(name);
      if (dependency !== undefined) visit(dependency, [...path, field.name]);
    }
    state[index] = 2;
    order.push(index);
  };
  dataset.fields.forEach((_, index) => visit(index, []));
  return order;
}
