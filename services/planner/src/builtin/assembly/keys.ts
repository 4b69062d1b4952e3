import type { DatasetDraft } from './dataset-draft.js';
import { singularOf, stemsOf } from './dataset-names.js';

const KEY_SUFFIX = /_(id|uuid|guid)$/;
const KEY_LIKE = /^(?:uuid|guid|code|[a-z0-9_]+_(?:id|uuid|guid|code|number))$/;
// Roles a person plays in another record: posts.author_id is a user.
const PERSON_ROLES = new Set([
  'author', 'owner', 'creator', 'sender', 'recipient', 'assignee', 'reviewer', 'follower', 'followed',
  'buyer', 'seller', 'host', 'organizer', 'reporter', 'requester', 'approver', 'created_by', 'updated_by',
]);

// The column identifying a record: `id`, `<own singular>_id`, a uuid, or a leading key-like
// column that does not point at another dataset.
export function primaryKeyOf(draft: DatasetDraft, drafts: readonly DatasetDraft[]): string | undefined {
  const names = draft.columns.map((column) => column.name);
  const own = `${singularOf(draft.name, draft.kind)}_id`;
  for (const preferred of ['id', own, 'uuid', 'guid']) if (names.includes(preferred)) return preferred;
  const first = draft.columns[0];
  if (first === undefined || !KEY_LIKE.test(first.name) || first.parent !== undefined) return undefined;
  return parentOf(first.name, draft, drafts) === undefined ? first.name : undefined;
}

// The dataset a `*_id` column points at, if the plan has it.
export function parentOf(column: string, draft: DatasetDraft, drafts: readonly DatasetDraft[]): DatasetDraft | undefined {
  const declared = draft.columns.find((candidate) => candidate.name === column)?.parent;
  if (declared !== undefined) return drafts.find((candidate) => candidate.name === declared);
  if (!KEY_SUFFIX.test(column)) return undefined;
  const stem = column.replace(KEY_SUFFIX, '');
  const others = drafts.filter((candidate) => candidate !== draft);
  // A dataset's own name wins over its kind's words: billing_address_id is billing_addresses
  // though shipping_addresses, of the same kind, also answers to "billing address".
  const named = others.find((candidate) => singularOf(candidate.name, candidate.kind) === stem) ?? others.find((candidate) => stemsOf(candidate.name, candidate.kind).has(stem));
  if (named !== undefined) return named;
  if (!PERSON_ROLES.has(stem)) return undefined;
  return others.find((candidate) => candidate.kind?.name === 'users') ?? others.find((candidate) => candidate.person);
}
