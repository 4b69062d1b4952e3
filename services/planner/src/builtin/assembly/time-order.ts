import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { isEventName } from './event-links.js';
import { isServedParty } from './party-kinds.js';
import type { PlannedDataset } from './planned-dataset.js';

// Dates on which a record came into being, most telling first: nothing that references it
// can happen before. Scheduled dates (an event's start, a flight's departure) are not among
// them: tickets are bought before the concert.
const CREATION_DATES = [
  'signup_date', 'signed_up_at', 'registration_date', 'registered_at', 'registered_date', 'joined_date', 'joined_at',
  'join_date', 'member_since', 'customer_since', 'activation_date', 'activated_at', 'hire_date', 'hired_at',
  'enrollment_date', 'opened_date', 'opened_at', 'installed_at', 'installed_date', 'listed_date', 'order_date',
  'ordered_at', 'placed_at', 'issue_date', 'invoice_date', 'issued_date', 'booked_at', 'booking_date', 'purchased_at',
  'purchase_date', 'loaned_date', 'borrowed_at', 'claim_date', 'filed_at', 'submitted_at', 'application_date',
  'start_date', 'started_at', 'created_at', 'created_date', 'created',
];
// A person's birth is the creation of last resort: nobody books an appointment before birth.
const BIRTH_DATES = ['date_of_birth', 'birth_date', 'birthdate', 'dob', 'birthday'];
// Dates planned ahead of the record rather than after it happened.
const AHEAD = /(expir|expires|valid_until|valid_to|renewal|expected|due_|_due|^due)/;

const DATES = new Set([LogicalType.LOGICAL_TYPE_DATE, LogicalType.LOGICAL_TYPE_TIMESTAMP]);

// A record's own dates never come before the creation of the records it references: an order
// after its customer signed up, a loan after the member joined, a payment after its invoice.
// Each date that follows no other date of its record gets date_range.not_before through the
// reference whose parent says the most (an event it follows, then the person it serves),
// and the parent's window ends no later than the child's, so the rule rarely has to push a
// date past its range.
export function orderInTime(datasets: readonly PlannedDataset[]): void {
  const byName = new Map(datasets.map((dataset) => [dataset.name, dataset]));
  for (const dataset of datasets) {
    const anchors = dataset.fields
      .flatMap((field) => {
        const parent = field.foreignKey === undefined || field.foreignKey.dataset === dataset.name ? undefined : byName.get(field.foreignKey.dataset);
        const creation = parent === undefined ? undefined : creationOf(parent);
        return parent === undefined || creation === undefined ? [] : [{ reference: field, parent, creation }];
      })
      .sort((a, b) => rank(a.parent) - rank(b.parent));
    const anchor = anchors[0];
    if (anchor === undefined) continue;
    for (const field of dataset.fields.filter(isOwnEvent)) {
      field.dateRange = { ...field.dateRange!, notBefore: `${anchor.reference.name}.${anchor.creation.name}`, minDaysAfter: 0 };
      alignWindows(anchor.creation, field);
    }
  }
}

function creationOf(parent: PlannedDataset): Field | undefined {
  const usable = (name: string) => parent.fields.find((field) => field.name === name && DATES.has(field.type) && field.nullRate === 0 && field.onlyWhen === undefined);
  return [...CREATION_DATES, ...BIRTH_DATES].map(usable).find((field) => field !== undefined);
}

// Events a record follows come first, then the people the business serves, then anyone.
function rank(parent: PlannedDataset): number {
  if (isEventName(parent.name)) return 0;
  if (isServedParty(parent.kind)) return 1;
  return parent.kind?.person === true ? 2 : 3;
}

// A date of the record's own history: not a birth, not planned ahead, not following another.
function isOwnEvent(field: Field): boolean {
  const range = field.dateRange;
  if (!DATES.has(field.type) || range === undefined || field.foreignKey !== undefined) return false;
  return range.afterField === '' && range.notBefore === '' && !BIRTH_DATES.includes(field.name) && !AHEAD.test(field.name);
}

// The parent's window is cut to end with the child's when it can be; otherwise the child's
// reaches to the parent's end.
function alignWindows(parent: Field, child: Field): void {
  const [from, to] = [parent.dateRange, child.dateRange];
  if (from === undefined || to === undefined || from.end <= to.end) return;
  if (from.start <= to.end) parent.dateRange = { ...from, end: to.end };
  else child.dateRange = { ...to, end: from.end };
}
