import { TABLE_WORDS } from '../prompt/word-classes.js';
import type { DatasetDraft, DraftColumn } from './dataset-draft.js';
import { singularOf } from './dataset-names.js';
import { isServedParty } from './party-kinds.js';

// Nouns for something a party does to or with one other thing: a booking of a room, a review
// of a product, a treatment by a dentist.
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'booking', 'reservation', 'order', 'purchase', 'sale', 'transaction', 'payment', 'enrollment',
  'registration', 'appointment', 'visit', 'review', 'rating', 'ticket', 'play', 'like', 'view',
  'rental', 'trip', 'ride', 'loan', 'claim', 'application', 'attempt', 'submission', 'conversion',
  'treatment', 'delivery', 'donation', 'bid', 'offer', 'vote', 'fine', 'attendance', 'checkin',
  'check_in', 'transfer', 'listen', 'stream', 'inspection', 'admission', 'prescription', 'breach',
  'incident', 'interaction', 'session', 'match', 'shift', 'assignment', 'response', 'signup',
  'subscription', 'invoice', 'refund', 'return', 'complaint', 'message', 'comment', 'follow',
]);

// Nouns for something a party does on its own, about nothing else in the plan.
const SOLO_EVENT_NOUNS: ReadonlySet<string> = new Set(['login', 'logout', 'signin', 'sign_in', 'call', 'search']);

export function isEventName(datasetName: string): boolean {
  return isEventNoun(eventNoun(datasetName));
}

function isEventNoun(noun: string): boolean {
  return EVENT_NOUNS.has(noun) || SOLO_EVENT_NOUNS.has(noun);
}

// The noun that says what a dataset records: "page_views" → view, "check_ins" → check_in,
// "call_records" → call, since a table word only says that it is a table.
function eventNoun(datasetName: string): string {
  const words = singularOf(datasetName).split('_');
  if (words.length > 1 && TABLE_WORDS.has(words[words.length - 1])) words.pop();
  const compound = words.slice(-2).join('_');
  return isEventNoun(compound) ? compound : words[words.length - 1];
}

// An event the domain files cannot place (its parents go by other names in this prompt, or
// the kind is unknown) links to what such an event involves, never merely to whatever else
// the plan holds: who does it and, unless it is done alone, the one thing it is done to.
export function linkEvents(drafts: readonly DatasetDraft[]): DatasetDraft[] {
  return drafts.map((draft) => {
    if (draft.explicit || !isEventName(draft.name) || draft.columns.some((column) => column.parent !== undefined)) return draft;
    const parents = involved(draft, drafts);
    if (parents.length === 0) return draft;
    const links: DraftColumn[] = parents.map((parent) => ({ name: `${singularOf(parent.name, parent.kind)}_id`, parent: parent.name }));
    const replaced = new Set(parents.map((parent) => singularOf(parent.name, parent.kind)));
    const [key, ...rest] = draft.columns;
    const kept = rest.filter((column) => !replaced.has(column.name) && !links.some((link) => link.name === column.name));
    return { ...draft, columns: [key, ...links, ...kept] };
  });
}

// Candidates are the plan's other non-events, less those reached through another (a booking of
// a class needs no trainer_id when classes carry one). The actor is the party the business
// serves, or failing one the only person; the subject is the one candidate left, when only
// one is: with two or more the plan does not say which the event is about.
function involved(event: DatasetDraft, drafts: readonly DatasetDraft[]): DatasetDraft[] {
  const reachable = drafts.filter((other) => other !== event && !isEventName(other.name) && !reaches(other, event.name, drafts));
  const candidates = reachable.filter((candidate) => !reachable.some((other) => other !== candidate && reaches(other, candidate.name, drafts)));
  const people = candidates.filter((candidate) => candidate.person);
  const actor = people.find((person) => isServedParty(person.kind)) ?? (people.length === 1 ? people[0] : undefined);
  const others = candidates.filter((candidate) => candidate !== actor);
  const subject = !SOLO_EVENT_NOUNS.has(eventNoun(event.name)) && others.length === 1 ? others[0] : undefined;
  return candidates.filter((candidate) => candidate === actor || candidate === subject);
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
