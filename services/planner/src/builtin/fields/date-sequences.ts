import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';

interface DateSequence {
  readonly later: readonly string[];
  readonly anchors: readonly string[];
  readonly maxDaysAfter: number;
}

// Dates that follow another date of the same record: a shipment leaves after the order, a
// guest checks out after checking in. Anchors are tried in order.
const SEQUENCES: readonly DateSequence[] = [
  { later: ['shipped_date', 'ship_date', 'shipped_at', 'shipping_date'], anchors: ['order_date', 'ordered_at', 'created_at'], maxDaysAfter: 7 },
  { later: ['delivered_at', 'delivery_date', 'delivered_date', 'received_at'], anchors: ['shipped_at', 'shipped_date', 'ship_date', 'scheduled_date', 'order_date', 'ordered_at', 'created_at'], maxDaysAfter: 10 },
  { later: ['end_date', 'ended_at', 'end_time', 'finished_at'], anchors: ['start_date', 'started_at', 'start_time'], maxDaysAfter: 365 },
  { later: ['check_out_date', 'check_out', 'checkout_date'], anchors: ['check_in_date', 'check_in', 'checkin_date'], maxDaysAfter: 14 },
  { later: ['check_in_date', 'check_in'], anchors: ['booked_at', 'booking_date'], maxDaysAfter: 120 },
  { later: ['due_date'], anchors: ['issue_date', 'invoice_date', 'issued_date', 'loaned_date', 'created_at', 'start_date', 'assigned_date'], maxDaysAfter: 30 },
  { later: ['paid_at', 'paid_date', 'payment_date'], anchors: ['issue_date', 'invoice_date', 'issued_date', 'order_date', 'created_at'], maxDaysAfter: 30 },
  { later: ['first_response_at'], anchors: ['created_at', 'opened_at', 'submitted_at'], maxDaysAfter: 2 },
  { later: ['resolved_at', 'closed_at', 'acknowledged_at'], anchors: ['first_response_at', 'created_at', 'opened_at', 'triggered_at', 'reported_at'], maxDaysAfter: 14 },
  { later: ['completed_at'], anchors: ['started_at', 'created_at'], maxDaysAfter: 30 },
  { later: ['updated_at', 'modified_at'], anchors: ['created_at'], maxDaysAfter: 180 },
  { later: ['last_login_at', 'last_seen_at', 'last_active_at'], anchors: ['created_at', 'signup_date', 'installed_at'], maxDaysAfter: 365 },
  { later: ['discharge_date', 'discharged_at'], anchors: ['admission_date', 'admitted_at'], maxDaysAfter: 30 },
  { later: ['settled_date', 'settled_at'], anchors: ['claim_date', 'filed_at'], maxDaysAfter: 90 },
  { later: ['returned_date', 'returned_at', 'return_date'], anchors: ['loaned_date', 'checkout_date', 'borrowed_at', 'delivered_at', 'order_date'], maxDaysAfter: 30 },
  { later: ['pickup_at'], anchors: ['requested_at'], maxDaysAfter: 1 },
  { later: ['dropoff_at'], anchors: ['pickup_at'], maxDaysAfter: 1 },
  { later: ['return_at'], anchors: ['pickup_at'], maxDaysAfter: 21 },
  { later: ['ends_at'], anchors: ['starts_at'], maxDaysAfter: 3 },
  { later: ['checked_out_at'], anchors: ['checked_in_at'], maxDaysAfter: 1 },
  { later: ['arrival_at', 'arrival_time', 'arrived_at'], anchors: ['departure_at', 'departure_time', 'departed_at'], maxDaysAfter: 1 },
  { later: ['valid_until', 'valid_to'], anchors: ['valid_from'], maxDaysAfter: 180 },
  { later: ['expiry_date', 'expiration_date', 'expires_at'], anchors: ['issued_date', 'issue_date', 'start_date', 'created_at'], maxDaysAfter: 1825 },
  { later: ['renewal_date'], anchors: ['start_date'], maxDaysAfter: 365 },
  { later: ['pay_period_end'], anchors: ['pay_period_start'], maxDaysAfter: 14 },
  { later: ['period_end', 'billing_period_end'], anchors: ['period_start', 'billing_period_start'], maxDaysAfter: 31 },
  { later: ['issue_date'], anchors: ['period_end', 'billing_period_end'], maxDaysAfter: 5 },
  { later: ['pay_date'], anchors: ['pay_period_end'], maxDaysAfter: 5 },
  { later: ['graded_at'], anchors: ['submitted_at'], maxDaysAfter: 14 },
  { later: ['expected_close_date', 'close_date'], anchors: ['created_at'], maxDaysAfter: 120 },
  { later: ['review_date', 'rated_at'], anchors: ['order_date', 'check_out_date', 'completed_at'], maxDaysAfter: 60 },
];

const DATE_TYPES = new Set([LogicalType.LOGICAL_TYPE_DATE, LogicalType.LOGICAL_TYPE_TIMESTAMP]);

// Links each later date to the first anchor that comes before it in the same dataset.
export function linkDateSequences(fields: Field[]): void {
  fields.forEach((field, index) => {
    if (!DATE_TYPES.has(field.type) || field.dateRange === undefined || field.foreignKey !== undefined) return;
    const sequence = SEQUENCES.find((candidate) => candidate.later.includes(field.name));
    const earlier = fields.slice(0, index).filter((other) => DATE_TYPES.has(other.type));
    const anchor = sequence?.anchors.find((name) => earlier.some((other) => other.name === name));
    if (sequence === undefined || anchor === undefined) return;
    field.dateRange = { ...field.dateRange, afterField: anchor, maxDaysAfter: sequence.maxDaysAfter };
  });
}

// How many days a later date of this name usually follows its anchor by.
export function usualDaysAfter(later: string): number | undefined {
  return SEQUENCES.find((sequence) => sequence.later.includes(later))?.maxDaysAfter;
}
