import { Distribution, type ChildCount, type Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { DatasetOutline } from './dataset-outline.js';
import type { DraftReference } from './field-shaping.js';
import { quoted } from './draft-text.js';
import { sanitiseIdentifier } from '../naming/identifiers.js';

// Points every foreign key at a dataset of the plan and at that dataset's primary key, taking
// the key's type. A target the model named that is not in the plan is looked for by the
// field's name (customer_id → customers); a reference that still has no target, or that
// points at its own dataset, is dropped with a warning, as a key column with no referenced
// records would only produce orphans. Runs after every dataset has its primary key.
export function resolveForeignKeys(datasets: readonly DatasetOutline[], warnings: string[]): void {
  for (const dataset of datasets) {
    dataset.fields = dataset.fields.flatMap((field) => {
      const target = dataset.references.get(field);
      if (!target) return [field];
      const parent = findParent(target.dataset, field.name, datasets);
      const where = `Field ${dataset.name}.${field.name}`;
      if (parent === dataset) {
        warnings.push(`${where}: it referenced its own dataset, which generated data cannot do; dropped the field`);
        return [];
      }
      if (!parent) {
        warnings.push(`${where}: it referenced dataset ${quoted(target.dataset)}, which is not in the plan; dropped the field`);
        return [];
      }
      return [referenceTo(field, parent, childCount(target.children, where, warnings))];
    });
  }
}

function findParent(named: string, fieldName: string, datasets: readonly DatasetOutline[]): DatasetOutline | undefined {
  const byName = (name: string) => datasets.find((dataset) => dataset.name === name);
  const direct = named === '' ? undefined : byName(sanitiseIdentifier(named, 'dataset'));
  if (direct) return direct;
  const stem = /^(.+)_id$/.exec(fieldName)?.[1];
  if (stem === undefined) return undefined;
  return [stem, `${stem}s`, `${stem}es`, stem.replace(/y$/, 'ies')].map(byName).find(Boolean);
}

// Every dataset of a prompt's plan has the same size, one child per parent on average, so a
// number of children per parent must allow 1.
function childCount(children: DraftReference['children'], where: string, warnings: string[]): ChildCount | undefined {
  if (children === null) return undefined;
  const [min, max] = [Math.round(children.min), Math.round(children.max)];
  if (min >= 0 && min <= 1 && max >= 1) return { min, max };
  warnings.push(`${where}: ${children.min}-${children.max} records per referenced record cannot average one, as equal dataset sizes make it; dropped the count of children`);
  return undefined;
}

function referenceTo(field: Field, parent: DatasetOutline, children: ChildCount | undefined): Field {
  const key = parent.fields.find((candidate) => candidate.primaryKey);
  if (!key) throw new Error(`dataset ${parent.name} has no primary key yet`);
  return {
    ...field,
    type: key.type,
    generator: 'reference',
    nullable: children === undefined ? field.nullable : false,
    nullRate: children === undefined ? field.nullRate : 0,
    foreignKey: { dataset: parent.name, field: key.name, distribution: Distribution.DISTRIBUTION_UNSPECIFIED, group: '', ...(children === undefined ? {} : { children }) },
  };
}
