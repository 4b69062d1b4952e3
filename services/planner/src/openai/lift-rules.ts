import { LogicalType, type Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { dependenciesOf } from '../../../../libs/plan/src/field-dependencies.js';
import { fitCondition } from './condition-fit.js';
import type { DatasetOutline } from './dataset-outline.js';
import { CONDITION_OPERATORS } from './plan-draft-schema.js';

// The model's lifts are kept only where the generator can apply them: on a boolean that is no
// key, each testing another field of the record that does not itself read the label (the
// engine would find a cycle), with a condition that fits that field and a factor above 0.
// Anything else is dropped with a warning naming the lift, as the generator would refuse the
// whole plan for it.
export function checkLifts(field: Field, dataset: DatasetOutline, where: string, warnings: string[]): Field {
  if (field.lifts.length === 0) return field;
  if (field.type !== LogicalType.LOGICAL_TYPE_BOOLEAN || field.unique || field.primaryKey) {
    warnings.push(`${where}: lifts change the probability of a boolean, and it is not one; dropped its ${field.lifts.length} lift(s)`);
    return { ...field, lifts: [] };
  }
  const others = dataset.fields.filter((candidate) => candidate !== field);
  const lifts = field.lifts.flatMap((lift) => {
    const when = lift.when;
    const named = when === undefined ? 'without a condition' : `when ${when.field} ${CONDITION_OPERATORS.name(when.operator)} ${when.values.join(', ')}`.trimEnd();
    const drop = (why: string) => {
      warnings.push(`${where}: its lift ${named} (×${lift.factor}) ${why}; dropped the lift`);
      return [];
    };
    if (when === undefined) return drop('applies nowhere');
    if (!Number.isFinite(lift.factor) || lift.factor <= 0) return drop('has a factor that is not above 0');
    if (when.field === field.name) return drop('tests the label itself');
    const fit = fitCondition(when, others);
    if ('problem' in fit) return drop(fit.problem);
    if (reads(others, when.field, field.name)) return drop(`tests ${when.field}, which depends on ${field.name}`);
    if (fit.note !== undefined) warnings.push(`${where}: its lift ${named} ${fit.note}`);
    return [{ ...lift, when: fit.condition }];
  });
  return { ...field, lifts };
}

// Whether the field named `from` reads `target`, directly or through the fields it reads.
function reads(fields: readonly Field[], from: string, target: string, seen = new Set<string>()): boolean {
  if (from === target) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  const field = fields.find((candidate) => candidate.name === from);
  return field !== undefined && dependenciesOf(field).some((name) => reads(fields, name, target, seen));
}
