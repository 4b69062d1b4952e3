import type { EntityKind, Reference } from '../knowledge/entity-kind.js';
import type { EntityMention } from '../prompt/prompt-reading.js';
import type { DatasetDraft, DraftColumn } from './dataset-draft.js';
import { singularOf } from './dataset-names.js';
import { standInFor } from './party-kinds.js';
import { looksLikePerson } from './person-words.js';

const GENERIC_COLUMNS = ['name', 'description', 'created_at'];
const PERSON_COLUMNS = ['first_name', 'last_name', 'email', 'phone', 'created_at'];

// The columns of each dataset: the prompt's list when it gives one, otherwise the kind's
// defaults with a key column for every parent of the kind that is in the plan.
export function draftDatasets(entities: readonly EntityMention[]): DatasetDraft[] {
  return entities.map((entity) => {
    const person = entity.kind?.person ?? looksLikePerson(entity.name);
    const base = {
      name: entity.name,
      description: entity.kind?.description ?? `One ${singularOf(entity.name).replace(/_/g, ' ')}`,
      person,
      position: entity.position,
      ...(entity.kind === undefined ? {} : { kind: entity.kind }),
    };
    if (entity.columns !== undefined) return { ...base, explicit: true, columns: uniqueColumns(entity.columns) };
    const columns =
      entity.kind === undefined
        ? ['id', ...(person ? PERSON_COLUMNS : GENERIC_COLUMNS)].map((name) => ({ name }))
        : kindColumns(entity, entity.kind, entities);
    return { ...base, explicit: false, columns };
  });
}

function kindColumns(entity: EntityMention, kind: EntityKind, entities: readonly EntityMention[]): DraftColumn[] {
  const links: DraftColumn[] = [];
  for (const reference of (kind.references ?? []).map(asReference)) {
    if (reference.unless !== undefined && entities.some((other) => other.kind?.name === reference.unless)) continue;
    if (reference.kind === kind.name) {
      if (reference.column !== undefined) links.push({ name: reference.column, selfReference: true });
      continue;
    }
    const parent = entities.find((other) => other !== entity && other.kind?.name === reference.kind) ?? standInFor(reference.kind, entity, entities);
    if (parent === undefined) continue;
    links.push({ name: reference.column ?? `${singularOf(parent.name, parent.kind)}_id`, parent: parent.name });
  }
  // A parent dataset replaces the plain column that named it: products.category_id, not
  // also products.category.
  const replaced = new Set(links.flatMap((link) => (link.parent === undefined ? [] : [link.parent, singularOf(link.parent), ...parentKindStems(link.parent, entities)])));
  const fields = kind.fields.filter((field) => !replaced.has(field)).map((name) => ({ name }));
  return uniqueColumns([{ name: 'id' }, ...links, ...fields]);
}

function parentKindStems(parentName: string, entities: readonly EntityMention[]): string[] {
  const kind = entities.find((entity) => entity.name === parentName)?.kind;
  return kind === undefined ? [] : [singularOf(kind.name, kind)];
}

function asReference(reference: string | Reference): Reference {
  return typeof reference === 'string' ? { kind: reference } : reference;
}

function uniqueColumns<T extends { readonly name: string }>(columns: readonly T[]): T[] {
  const seen = new Set<string>();
  return columns.filter((column) => !seen.has(column.name) && seen.add(column.name) !== undefined);
}
