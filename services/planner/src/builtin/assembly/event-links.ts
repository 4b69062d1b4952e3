import { singular } from '../prompt/inflection.js';
import type { DatasetDraft, DraftColumn } from './dataset-draft.js';
import { singularOf } from './dataset-names.js';

// Nouns for something that happens between other things: a booking joins a guest and a room,
// a rental a customer and a car.
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'booking', 'reservation', 'order', 'purchase', 'sale', 'transaction', 'payment', 'enrollment',
  'registration', 'appointment', 'visit', 'review', 'rating', 'ticket', 'play', 'like', 'view',
  'rental', 'trip', 'ride', 'loan', 'claim', 'application', 'attempt', 'submission', 'conversion',
  'treatment', 'delivery', 'donation', 'bid', 'offer', 'vote', 'fine', 'attendance', 'checkin',
  'check_in', 'transfer', 'listen', 'stream', 'inspection', 'admission', 'prescription', 'breach',
  'incident', 'interaction', 'session', 'match', 'shift', 'assignment', 'response', 'signup',
  'subscription', 'invoice', 'refund', 'return', 'complaint', 'message', 'comment', 'follow',
]);

export function isEventName(datasetName: string): boolean {
  return EVENT_NOUNS.has(singular(datasetName.split('_').at(-1) ?? datasetName));
}

// An event the domain files cannot place (its parents go by other names in this prompt, or
// the kind is unknown) links to every non-event dataset of the plan, except those it reaches
// through another: bookings beside members and classes get member_id and class_id.
export function linkEvents(drafts: readonly DatasetDraft[]): DatasetDraft[] {
  return drafts.map((draft) => {
    if (draft.explicit || !isEventName(draft.name) || draft.columns.some((column) => column.parent !== undefined)) return draft;
    const candidates = drafts.filter((other) => other !== draft && !isEventName(other.name) && !reaches(other, draft.name, drafts));
    const parents = candidates.filter((candidate) => !candidates.some((other) => other !== candidate && reaches(other, candidate.name, drafts)));
    if (parents.length === 0) return draft;
    const links: DraftColumn[] = parents.map((parent) => ({ name: `${singularOf(parent.name, parent.kind)}_id`, parent: parent.name }));
    const replaced = new Set(parents.map((parent) => singularOf(parent.name, parent.kind)));
    const [key, ...rest] = draft.columns;
    const kept = rest.filter((column) => !replaced.has(column.name) && !links.some((link) => link.name === column.name));
    return { ...draft, columns: [key, ...links, ...kept] };
  });
}

// Whether `from` links to `target`, directly or through its own parents.
function reaches(from: DatasetDraft, target: string, drafts: readonly DatasetDraft[], seen = new Set<string>()): boolean {
  if (seen.has(from.name)) return false;
  seen.add(from.name);
  return from.columns.some((column) => {
    if (column.parent === undefined) return false;
    if (column.parent === target) return true;
    const parent = drafts.find((candidate) => candidate.name === column.parent);
    return parent !== undefined && reaches(parent, target, drafts, seen);
  });
}
