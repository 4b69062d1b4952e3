import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { Distribution, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { toField } from '../fields/field-builder.js';
import type { FieldSpec } from '../fields/field-spec.js';
import { specFor } from '../fields/field-rules.js';
import { integer, using } from '../fields/recipes.js';
import type { DatasetDraft, DraftColumn } from './dataset-draft.js';

export interface PrimaryKey {
  readonly name: string;
  readonly type: LogicalType;
}

export interface FieldAssembly {
  readonly datasetSize: number;
  readonly primaryKey?: string;
  // Resolved parents of the draft's columns, after cycles are broken.
  readonly parents: ReadonlyMap<string, string>;
  readonly keys: ReadonlyMap<string, PrimaryKey>;
}

export function assembleFields(draft: DatasetDraft, assembly: FieldAssembly): Field[] {
  return draft.columns.map((column) => {
    if (column.name === assembly.primaryKey) return primaryKeyField(column.name);
    const parent = assembly.parents.get(column.name);
    const key = parent === undefined ? undefined : assembly.keys.get(parent);
    if (parent !== undefined && key !== undefined) return referenceField(column.name, parent, key);
    if (column.selfReference === true) {
      return toField(column.name, integer(1, assembly.datasetSize, { nullRate: 0.1, description: `Id of another record of ${draft.name}` }));
    }
    if (/_(id|uuid|guid)$/.test(column.name)) {
      const stem = column.name.replace(/_(id|uuid|guid)$/, '');
      return toField(column.name, integer(1, assembly.datasetSize, { description: `Id of a ${stem.replace(/_/g, ' ')}; the plan has no dataset of them` }));
    }
    return toField(column.name, withPromptValues(specFor(column.name, { person: draft.person, ...(draft.kind === undefined ? {} : { kind: draft.kind }) }), column));
  });
}

export function primaryKeyField(name: string): Field {
  const generator = /uuid|guid/.test(name) ? 'id.uuid' : /(code|number)$/.test(name) ? 'id.code' : 'id.sequence';
  return { ...toField(name, using(generator, { unique: true })), primaryKey: true, description: 'Primary key' };
}

function referenceField(name: string, parent: string, key: PrimaryKey): Field {
  return {
    ...toField(name, using('reference')),
    type: key.type,
    foreignKey: { dataset: parent, field: key.name, distribution: Distribution.DISTRIBUTION_ZIPF, group: '' },
    description: `References ${parent}.${key.name}`,
  };
}

// Values and ranges the prompt gave inside a column list win over what the name suggests.
function withPromptValues(spec: FieldSpec, column: DraftColumn): FieldSpec {
  if (column.values !== undefined) return { generator: 'enum', values: column.values };
  if (column.range === undefined) return spec;
  if (spec.range !== undefined) return { ...spec, range: column.range };
  const whole = Number.isInteger(column.range[0]) && Number.isInteger(column.range[1]);
  return { generator: whole ? 'number.integer' : 'number.decimal', range: column.range, ...(whole ? {} : { scale: 2 }) };
}
