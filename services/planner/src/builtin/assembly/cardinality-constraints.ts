import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { Distribution, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { classificationValues } from '../fields/classification-values.js';
import { toField } from '../fields/field-builder.js';
import type { Cardinality } from '../prompt/constraints.js';
import { plural } from '../prompt/inflection.js';
import { datasetsFor } from './constraint-targets.js';
import type { RefinementContext } from './planned-dataset.js';

// "Include 5 product categories" sizes a classification, it does not name a dataset: every
// dataset in a plan has dataset_size records, so 5 categories become a column with 5
// values — `category_id` drawn from 1..5 when the prompt listed that column, otherwise a
// `category` column with 5 names. A categories dataset the prompt names is left alone.
export function applyCardinality(cardinality: Cardinality, context: RefinementContext): void {
  const { word, count } = cardinality;
  const described = `One of ${count} ${plural(word).replace(/_/g, ' ')}`;
  const datasets = datasetsFor(context.datasets, cardinality.entity);
  const names = [word, `${word}_name`, ...(cardinality.entity === undefined ? [] : [`${cardinality.entity}_${word}`])];
  let applied = false;
  for (const dataset of datasets) {
    for (const field of dataset.fields) {
      if (field.primaryKey || field.foreignKey !== undefined) {
        applied ||= field.foreignKey !== undefined && field.name === `${word}_id`;
        continue;
      }
      if (field.name === `${word}_id`) {
        Object.assign(field, keyWithin(count), { description: described });
        applied = true;
      } else if (names.includes(field.name)) {
        Object.assign(field, { generator: 'enum', type: LogicalType.LOGICAL_TYPE_STRING, enumValues: enumValues(word, count), numericRange: undefined, description: described });
        applied = true;
      }
    }
  }
  if (applied) return;
  const owner = cardinality.entity === undefined ? undefined : datasets.find((dataset) => !dataset.explicit);
  if (owner !== undefined) {
    owner.fields.push({ ...toField(word, { generator: 'enum', values: classificationValues(word, count) }), description: described });
    return;
  }
  context.warnings.push(`Prompt asks for ${count} ${plural(word)} but no dataset has a ${word} column to hold them`);
}

function keyWithin(count: number): Partial<Field> {
  return {
    generator: 'number.integer',
    type: LogicalType.LOGICAL_TYPE_INTEGER,
    numericRange: { min: 1, max: count, distribution: Distribution.DISTRIBUTION_UNIFORM, mean: 0, stddev: 0 },
  };
}

function enumValues(word: string, count: number): Field['enumValues'] {
  return classificationValues(word, count).map(([value, weight]) => ({ value, weight }));
}
