import type { Condition, Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { ConditionOperator, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';

// An outcome a record's status says has happened, or not yet: an order has a shipped_at only
// once it is shipped (or delivered, or returned), a ticket a first response once it is no
// longer open. `reached` lists the statuses in which the field is set; `pending` those in
// which it is not, every other status having it.
interface StatusOutcome {
  readonly names: readonly string[];
  readonly reached?: readonly string[];
  readonly pending?: readonly string[];
}

const STATUS_OUTCOMES: readonly StatusOutcome[] = [
  { names: ['shipped_at', 'shipped_date', 'ship_date', 'shipping_date'], reached: ['shipped', 'in_transit', 'out_for_delivery', 'delayed', 'delivered', 'returned', 'completed'] },
  { names: ['delivered_at', 'delivered_date', 'delivery_date'], reached: ['delivered', 'returned', 'completed'] },
  { names: ['cancelled_at', 'canceled_at', 'cancelled_date', 'cancellation_date', 'cancellation_reason', 'cancel_reason'], reached: ['cancelled', 'canceled', 'cancelled_by_rider', 'cancelled_by_driver'] },
  { names: ['refunded_at', 'refund_date', 'refund_amount', 'refunded_amount'], reached: ['refunded'] },
  { names: ['returned_at', 'returned_date', 'return_date', 'return_at', 'dropoff_at'], reached: ['returned', 'completed'] },
  { names: ['received_at', 'received_date'], reached: ['received', 'delivered', 'completed'] },
  { names: ['paid_at', 'paid_date', 'payment_date'], reached: ['paid', 'succeeded', 'completed', 'refunded', 'settled'] },
  { names: ['settled_at', 'settled_date'], reached: ['paid', 'settled', 'closed'] },
  { names: ['resolved_at', 'resolved_date'], reached: ['resolved', 'closed'] },
  { names: ['closed_at', 'closed_date'], reached: ['closed', 'closed_won', 'closed_lost'] },
  { names: ['completed_at', 'completed_date', 'finished_at'], reached: ['completed', 'done', 'attended'] },
  { names: ['discharge_date', 'discharged_at'], reached: ['discharged', 'transferred'] },
  { names: ['first_response_at'], pending: ['open', 'new'] },
];

// Money owed for lateness, or a flag saying so, exists only when the thing was done after it
// was due: a loan's late fee when it came back after its due date.
const LATE_FIELDS = ['late_fee', 'late_fees', 'late_charge', 'overdue_fee', 'fine_amount', 'penalty_amount', 'is_late', 'was_late', 'is_overdue'];
const DONE_DATES = ['returned_date', 'returned_at', 'return_date', 'return_at', 'submitted_at', 'paid_at', 'paid_date', 'payment_date', 'delivered_at', 'completed_at'];
const DUE_DATES = ['due_date', 'due_at'];

// A discount goes to members only: a flag saying so, or a tier one of whose values means none.
const DISCOUNT_FIELDS = ['discount', 'discount_amount', 'discount_percent', 'discount_percentage', 'discount_rate', 'member_discount', 'loyalty_discount'];
const MEMBER_FLAGS = ['is_member', 'has_membership', 'member', 'is_loyalty_member', 'loyalty_member', 'has_loyalty_card', 'is_subscriber'];
const MEMBER_TIERS = ['loyalty_tier', 'membership_tier', 'membership_level', 'membership_type', 'membership_status'];
const NO_MEMBERSHIP = ['none', 'no_membership', 'non_member', 'guest'];

const DATES = new Set([LogicalType.LOGICAL_TYPE_DATE, LogicalType.LOGICAL_TYPE_TIMESTAMP]);
const NUMBERS = new Set([LogicalType.LOGICAL_TYPE_INTEGER, LogicalType.LOGICAL_TYPE_DECIMAL, LogicalType.LOGICAL_TYPE_FLOAT]);

// Fields whose value only makes sense in some records: outcomes a status has not reached,
// late fees of things done on time, discounts of non-members. Runs after the date sequences,
// so that a date following another is set only where that one is too.
export function applyConditions(fields: Field[]): void {
  const named = (names: readonly string[], accepts: (field: Field) => boolean): Field | undefined =>
    names.map((name) => fields.find((field) => field.name === name && accepts(field))).find((field) => field !== undefined);
  for (const field of fields) {
    if (field.primaryKey || field.foreignKey !== undefined || field.onlyWhen !== undefined || field.aggregate !== undefined) continue;
    const condition = statusCondition(field, fields) ?? lateCondition(field, named) ?? memberCondition(field, named);
    if (condition !== undefined) setOnlyWhen(field, condition);
  }
  for (const field of fields) narrowToAnchor(field, fields);
}

function statusCondition(field: Field, fields: readonly Field[]): Condition | undefined {
  const outcome = STATUS_OUTCOMES.find((candidate) => candidate.names.includes(field.name));
  if (outcome === undefined) return undefined;
  for (const status of fields.filter(isStatus)) {
    const values = status.enumValues.map((entry) => entry.value);
    const listed = outcome.reached ?? outcome.pending ?? [];
    const matching = values.filter((value) => listed.includes(value.toLowerCase()));
    // A status that never or always reaches the outcome says nothing about this field.
    if (matching.length === 0 || matching.length === values.length) continue;
    const operator = outcome.reached !== undefined ? ConditionOperator.CONDITION_OPERATOR_ONE_OF : ConditionOperator.CONDITION_OPERATOR_NONE_OF;
    return { field: status.name, operator, values: matching, otherField: '' };
  }
  return undefined;
}

function lateCondition(field: Field, named: (names: readonly string[], accepts: (field: Field) => boolean) => Field | undefined): Condition | undefined {
  if (!LATE_FIELDS.includes(field.name)) return undefined;
  const done = named(DONE_DATES, (candidate) => DATES.has(candidate.type));
  const due = named(DUE_DATES, (candidate) => DATES.has(candidate.type));
  if (done === undefined || due === undefined) return undefined;
  return { field: done.name, operator: ConditionOperator.CONDITION_OPERATOR_AFTER, values: [], otherField: due.name };
}

function memberCondition(field: Field, named: (names: readonly string[], accepts: (field: Field) => boolean) => Field | undefined): Condition | undefined {
  if (!DISCOUNT_FIELDS.includes(field.name)) return undefined;
  const flag = named(MEMBER_FLAGS, (candidate) => candidate.type === LogicalType.LOGICAL_TYPE_BOOLEAN && candidate.nullRate === 0);
  if (flag !== undefined) return { field: flag.name, operator: ConditionOperator.CONDITION_OPERATOR_IS_TRUE, values: [], otherField: '' };
  const tier = named(MEMBER_TIERS, (candidate) => candidate.enumValues.length > 0);
  const none = tier?.enumValues.map((entry) => entry.value).filter((value) => NO_MEMBERSHIP.includes(value.toLowerCase())) ?? [];
  if (tier === undefined || none.length === 0 || none.length === tier.enumValues.length) return undefined;
  return { field: tier.name, operator: ConditionOperator.CONDITION_OPERATOR_NONE_OF, values: none, otherField: '' };
}

function isStatus(field: Field): boolean {
  return (field.name === 'status' || field.name.endsWith('_status')) && field.enumValues.length > 0;
}

// Where the condition holds the field always has its value, so that a status and its dates
// agree both ways; where it fails a date or a text is null, a number 0 and a flag false. A
// late flag is true wherever it holds.
function setOnlyWhen(field: Field, condition: Condition): void {
  field.onlyWhen = condition;
  field.nullRate = 0;
  field.nullable = !NUMBERS.has(field.type) && field.type !== LogicalType.LOGICAL_TYPE_BOOLEAN;
  if (field.type === LogicalType.LOGICAL_TYPE_BOOLEAN) field.trueProbability = 1;
}

// A date that follows another (delivered_at after shipped_at) can only be set where its
// anchor is: its statuses are narrowed to those of the anchor's condition on the same field.
function narrowToAnchor(field: Field, fields: readonly Field[]): void {
  const anchor = fields.find((candidate) => candidate.name === field.dateRange?.afterField);
  const own = field.onlyWhen;
  const theirs = anchor?.onlyWhen;
  if (own === undefined || theirs === undefined || own.field !== theirs.field) return;
  const status = fields.find((candidate) => candidate.name === own.field);
  if (status === undefined) return;
  const holds = (condition: Condition, value: string): boolean =>
    condition.operator === ConditionOperator.CONDITION_OPERATOR_ONE_OF ? condition.values.includes(value) : !condition.values.includes(value);
  const values = status.enumValues.map((entry) => entry.value).filter((value) => holds(own, value) && holds(theirs, value));
  if (values.length === status.enumValues.filter((entry) => holds(own, entry.value)).length) return;
  field.onlyWhen = { ...own, operator: ConditionOperator.CONDITION_OPERATOR_ONE_OF, values };
}
